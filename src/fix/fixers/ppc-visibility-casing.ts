export { fixVisibilityValue as fixVisibilityCasing } from './visibility';
