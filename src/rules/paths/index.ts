import type { PpcRule } from '../../types';
import operationParamsUnique from './operation-params-unique';
import pathNoDuplicateTemplate from './path-no-duplicate-template';
import pathNoQueryFragment from './path-no-query-fragment';
import pathNoWildcard from './path-no-wildcard';
import pathParamsDeclared from './path-params-declared';
import pathPartialDuplicate from './path-partial-duplicate';
import pathStartsSlash from './path-starts-slash';
import pathTemplateNoDefaults from './path-template-no-defaults';
import pathTemplateSegments from './path-template-segments';
import pathUniqueCi from './path-unique-ci';

export const pathsRules: PpcRule[] = [
  pathStartsSlash,
  pathNoQueryFragment,
  pathNoWildcard,
  pathTemplateSegments,
  pathTemplateNoDefaults,
  pathUniqueCi,
  pathNoDuplicateTemplate,
  pathPartialDuplicate,
  operationParamsUnique,
  pathParamsDeclared,
];
