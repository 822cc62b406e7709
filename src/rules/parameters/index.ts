import type { PpcRule } from '../../types';
import allowEmptyValue from './allow-empty-value';
import arrayItems from './array-items';
import bodyParamSchema from './body-param-schema';
import collectionFormat from './collection-format';
import defaultType from './default-type';
import dynamicNotOnBodyParam from './dynamic-not-on-body-param';
import dynamicSourceNotInternal from './dynamic-source-not-internal';
import enumNonEmpty from './enum-nonempty';
import enumValuesExt from './enum-values-ext';
import fileOnlyFormData from './file-only-formdata';
import formatKnown from './format-known';
import formDataNameAscii from './formdata-name-ascii';
import internalDefaultShouldBeRequired from './internal-default-should-be-required';
import internalRequiredDefault from './internal-required-default';
import nonBodyNoSchema from './non-body-no-schema';
import numericBounds from './numeric-bounds';
import paramBodyXMsSummary from './param-body-x-ms-summary';
import paramBodyXorFormData from './param-body-xor-formdata';
import paramConnectionIdReserved from './param-connectionid-reserved';
import paramDescription from './param-description';
import paramDescriptionMeaningful from './param-description-meaningful';
import paramDescriptionSentence from './param-description-sentence';
import paramNoProductNames from './param-no-product-names';
import paramRefValid from './param-ref-valid';
import paramRequiredType from './param-required-type';
import paramSingleBody from './param-single-body';
import paramSummaryChars from './param-summary-chars';
import paramSummaryLength from './param-summary-length';
import paramSummaryTitleCase from './param-summary-title-case';
import paramSummaryNotDescription from './param-summary-not-description';
import paramTypeAllowed from './param-type-allowed';
import paramXMsSummary from './param-x-ms-summary';
import patternRegex from './pattern-regex';
import pathParamEncoding from './path-param-encoding';
import pathParamRequired from './path-param-required';
import queryParamNoEncoding from './query-param-no-encoding';
import sharedParams from './shared-params';
import testValueNoSecrets from './test-value-no-secrets';

/** Section 6 (parameters), in catalog order. */
export const parametersRules: PpcRule[] = [
  paramXMsSummary,
  paramDescription,
  paramBodyXMsSummary,
  paramSummaryLength,
  paramSummaryTitleCase,
  paramSummaryChars,
  paramDescriptionSentence,
  paramDescriptionMeaningful,
  paramSummaryNotDescription,
  paramNoProductNames,
  paramRequiredType,
  pathParamRequired,
  pathParamEncoding,
  queryParamNoEncoding,
  paramConnectionIdReserved,
  paramSingleBody,
  paramBodyXorFormData,
  bodyParamSchema,
  nonBodyNoSchema,
  paramTypeAllowed,
  fileOnlyFormData,
  formDataNameAscii,
  allowEmptyValue,
  collectionFormat,
  arrayItems,
  internalRequiredDefault,
  internalDefaultShouldBeRequired,
  defaultType,
  enumNonEmpty,
  enumValuesExt,
  numericBounds,
  patternRegex,
  formatKnown,
  paramRefValid,
  sharedParams,
  dynamicNotOnBodyParam,
  dynamicSourceNotInternal,
  testValueNoSecrets,
];
