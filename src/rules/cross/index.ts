import type { FolderRule } from '../../types';
import authConsistency from './auth-consistency';
import codeOperationsDeclared from './code-operations-declared';
import pageablePolicy from './pageable-policy';
import policyTemplateOperationExists from './policy-template-operation-exists';
import scriptOperations from './script-operations';

/** Rules that compare apiProperties.json, script.csx and the definition. */
export const crossRules: FolderRule[] = [
  authConsistency,
  pageablePolicy,
  scriptOperations,
  policyTemplateOperationExists,
  codeOperationsDeclared,
];
