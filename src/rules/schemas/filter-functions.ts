import { documentRule, type Finding } from '../../model/rules';
import { oas2 } from '@stoplight/spectral-formats';
import { SCHEMAS } from '../../collections';
import { defineRule } from '../../types';
import { isObject, quote } from '../../utils/guards';
import { connectorModel, pathKey, schemaVisits, writtenSchemas } from '../../model';

/** Filter operators the platform understands (Power Fx `DelegationMetadataOperatorConstants`). */
export const FILTER_FUNCTIONS: ReadonlySet<string> = new Set([
  'eq',
  'ne',
  'lt',
  'le',
  'gt',
  'ge',
  'and',
  'or',
  'contains',
  'indexof',
  'substringof',
  'not',
  'year',
  'month',
  'day',
  'hour',
  'minute',
  'second',
  'tolower',
  'toupper',
  'trim',
  'null',
  'date',
  'length',
  'sum',
  'min',
  'max',
  'average',
  'count',
  'add',
  'sub',
  'startswith',
  'mul',
  'div',
  'endswith',
  'countdistinct',
  'cdsin',
  'top',
  'astype',
  'arraylookup',
  'distinct',
  'joininner',
  'joinleft',
  'joinright',
  'joinfull',
]);

function filterFunctionsOf(schema: Record<string, unknown>): unknown {
  const caps = schema['x-ms-capabilities'];
  return isObject(caps) ? caps.filterFunctions : undefined;
}

const filterFunctions = documentRule('filterFunctions', ({ document: input }) => {
  const results: Finding[] = [];
  for (const v of writtenSchemas(input)) {
    const list = filterFunctionsOf(v.schema);
    if (list === undefined) continue;
    const at = [...v.path, 'x-ms-capabilities', 'filterFunctions'];
    if (!Array.isArray(list)) {
      results.push({ message: `is ${quote(list, 30)}, not a list`, path: at });
      continue;
    }
    if (list.length === 0) {
      results.push({ message: 'is empty', path: at });
      continue;
    }
    const seen = new Set<string>();
    list.forEach((fn, i) => {
      if (typeof fn !== 'string' || !FILTER_FUNCTIONS.has(fn))
        results.push({ message: `has the unsupported value ${quote(fn, 30)}`, path: [...at, i] });
      else if (seen.has(fn)) results.push({ message: `lists ${quote(fn)} twice`, path: [...at, i] });
      if (typeof fn === 'string') seen.add(fn);
    });
  }
  const inputs = new Set<string>();
  for (const v of schemaVisits(connectorModel(input), 'expanded')) {
    if (v.role !== 'request-body' || filterFunctionsOf(v.schema) === undefined) continue;
    const path = [...v.path, 'x-ms-capabilities', 'filterFunctions'];
    if (inputs.has(pathKey(path))) continue;
    inputs.add(pathKey(path));
    results.push({ message: 'is in a request body schema (it describes filterable response columns only)', path });
  }
  return results;
});

export default defineRule('ppc-filter-functions', {
  description:
    '`x-ms-capabilities.filterFunctions` appears only in response schemas and lists supported filter operators once each.',
  message:
    'filterFunctions {{error}}; list supported operators such as "eq", "lt", "startswith" once each, in response schemas only (Microsoft rejects other filterFunctions).',
  severity: 'error',
  formats: [oas2],
  given: SCHEMAS,
  resolved: false,
  then: { function: filterFunctions },
  'x-ppc': {
    requirements: ['filter-functions'],
    section: '7',
    sources: [
      'L-SVR FilterFunctionsPropertyEmpty',
      'L-SVR FilterFunctionsPropertyHasDuplicates',
      'L-SVR FilterFunctionsPropertyInInputSchema',
      'L-SVR FilterFunctionsPropertyInvalidValue',
    ],
    validatorMessage:
      'FilterFunctionsPropertyEmpty / FilterFunctionsPropertyHasDuplicates / FilterFunctionsPropertyInInputSchema / FilterFunctionsPropertyInvalidValue',
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'An unsupported operator.',
          edits: [
            {
              op: 'set',
              path: '/definitions/Task/properties/status/x-ms-capabilities',
              value: { filterFunctions: ['eq', 'like'] },
            },
          ],
        },
        {
          description: 'Filter functions in a request body.',
          edits: [
            {
              op: 'set',
              path: '/definitions/NewTask/properties/title/x-ms-capabilities',
              value: { filterFunctions: ['eq'] },
            },
          ],
        },
      ],
      valid: [
        {
          description: 'Supported operators on a response column.',
          edits: [
            {
              op: 'set',
              path: '/definitions/Task/properties/status/x-ms-capabilities',
              value: { filterFunctions: ['eq', 'ne'] },
            },
          ],
        },
      ],
    },
  },
});
