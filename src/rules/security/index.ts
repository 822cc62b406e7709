import type { PpcRule } from '../../types';
import secdefNoClientCredentials from './secdef-no-client-credentials';
import secdefTypes from './secdef-types';
import securityReqDefined from './security-req-defined';
import securityReqScopes from './security-req-scopes';

/** Section 8.1 (security definitions, swagger side), in catalog order. */
export const securityRules: PpcRule[] = [secdefTypes, secdefNoClientCredentials, securityReqDefined, securityReqScopes];
