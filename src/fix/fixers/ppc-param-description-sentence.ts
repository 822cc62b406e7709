export { fixSentence as fixParamDescriptionSentence } from './sentence';
