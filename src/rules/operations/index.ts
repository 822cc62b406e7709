import type { PpcRule } from '../../types';
import descriptionNoUrls from './description-no-urls';
import descriptionOpDiffers from './description-op-differs';
import descriptionOpNoProductNames from './description-op-no-product-names';
import descriptionOpRequired from './description-op-required';
import descriptionOpSentence from './description-op-sentence';
import getNoBody from './get-no-body';
import noGenericTest from './no-generic-test';
import operationHasResponse from './operation-has-response';
import operationHasSuccess from './operation-has-success';
import operationIdMaxLength from './operation-id-max-length';
import operationIdPascalCase from './operation-id-pascal-case';
import operationIdReferencesExist from './operation-id-references-exist';
import operationIdRequired from './operation-id-required';
import operationIdSanitized from './operation-id-sanitized';
import operationIdUnique from './operation-id-unique';
import operationNotEmpty from './operation-not-empty';
import operationSchemaCount from './operation-schema-count';
import operationStatus from './operation-status';
import operationsMax from './operations-max';
import safeOperation from './safe-operation';
import summaryAlnumParens from './summary-alnum-parens';
import summaryEnglish from './summary-english';
import summaryMaxLength from './summary-max-length';
import summaryNamingPattern from './summary-naming-pattern';
import summaryNoApiConnector from './summary-no-api-connector';
import summaryNoProductNames from './summary-no-product-names';
import summaryNoTrailingPunct from './summary-no-trailing-punct';
import summaryRequired from './summary-required';
import summaryRestrictedChars from './summary-restricted-chars';
import visibilityDeclared from './visibility-declared';

/** Section 3 (operations) rules, in catalog order; the path-* rows live in ../paths. */
export const operationsRules: PpcRule[] = [
  operationIdRequired,
  operationIdUnique,
  operationIdSanitized,
  operationIdPascalCase,
  operationIdMaxLength,
  operationIdReferencesExist,
  summaryRequired,
  summaryMaxLength,
  summaryRestrictedChars,
  summaryAlnumParens,
  summaryNoTrailingPunct,
  summaryNoProductNames,
  summaryNoApiConnector,
  summaryEnglish,
  summaryNamingPattern,
  descriptionOpRequired,
  descriptionOpSentence,
  descriptionOpDiffers,
  descriptionOpNoProductNames,
  descriptionNoUrls,
  visibilityDeclared,
  operationHasResponse,
  operationHasSuccess,
  operationNotEmpty,
  getNoBody,
  operationSchemaCount,
  operationsMax,
  operationStatus,
  noGenericTest,
  safeOperation,
];
