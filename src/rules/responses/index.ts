import type { PpcRule } from '../../types';
import defaultNoSchema from './default-no-schema';
import errorResponsesListed from './error-responses-listed';
import noEmptySchema from './no-empty-schema';
import notDefaultOnly from './not-default-only';
import responseCodeValid from './response-code-valid';
import responseDescription from './response-description';
import responseExampleProduced from './response-example-produced';
import responseHeadersUnique from './response-headers-unique';
import responseRefValid from './response-ref-valid';
import singleResponseSchema from './single-response-schema';
import successHasSchema from './success-has-schema';

export const responsesRules: PpcRule[] = [
  responseCodeValid,
  responseDescription,
  successHasSchema,
  noEmptySchema,
  defaultNoSchema,
  notDefaultOnly,
  singleResponseSchema,
  errorResponsesListed,
  responseHeadersUnique,
  responseRefValid,
  responseExampleProduced,
];
