export { visibleRequired } from './visible-required';
export { visibleLength, type VisibleLengthOptions } from './visible-length';
export { visiblePattern, type VisiblePatternOptions } from './visible-pattern';
