export { fixSentence as fixDescriptionOpSentence } from './sentence';
