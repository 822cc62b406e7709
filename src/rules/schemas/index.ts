import type { PpcRule } from '../../types';
import binaryTopLevelOnly from './binary-top-level-only';
import discriminatorValid from './discriminator-valid';
import editorDictionary from './editor-dictionary';
import fileTypeLocation from './file-type-location';
import filterFunctions from './filter-functions';
import noEmptyValues from './no-empty-values';
import propertyDescription from './property-description';
import propertyTitle from './property-title';
import propertyXMsSummary from './property-x-ms-summary';
import readonlyNotRequiredInput from './readonly-not-required-input';
import requiredArray from './required-array';
import responsePropertyXMsSummary from './response-property-x-ms-summary';
import schemaKeywordSupported from './schema-keyword-supported';
import schemaNoRefChain from './schema-no-ref-chain';
import schemaNoRefSiblings from './schema-no-ref-siblings';
import schemaNoRequiredLoop from './schema-no-required-loop';
import schemaRefValid from './schema-ref-valid';

export const schemasRules: PpcRule[] = [
  schemaRefValid,
  schemaNoRefSiblings,
  schemaNoRefChain,
  schemaNoRequiredLoop,
  requiredArray,
  readonlyNotRequiredInput,
  binaryTopLevelOnly,
  fileTypeLocation,
  discriminatorValid,
  schemaKeywordSupported,
  propertyXMsSummary,
  propertyDescription,
  responsePropertyXMsSummary,
  propertyTitle,
  noEmptyValues,
  editorDictionary,
  filterFunctions,
];
