export { fixVisibilityValue as fixXMsVisibilityValue } from './visibility';
