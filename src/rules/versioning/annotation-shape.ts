import { createRulesetFunction, type IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { isObject, quote, show } from '../../utils/guards';
import { familyEdits } from './families';

const STATUS = ['Preview', 'Production'];

const annotationShape = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function annotationShape(input, _options, context) {
    if (input === undefined) return;
    const at = (...rest: Array<string | number>): Array<string | number> => [...context.path, ...rest];
    if (!isObject(input)) return [{ message: `is ${Array.isArray(input) ? 'an array' : show(input)}, not an object` }];
    const results: IFunctionResult[] = [];
    for (const [key, value] of Object.entries(input)) {
      switch (key) {
        case 'family':
          if (typeof value !== 'string' || value.trim() === '')
            results.push({ message: `has a "family" that is not a non-empty string (${show(value)})`, path: at(key) });
          break;
        case 'revision':
          if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
            results.push({
              message: `has "revision": ${show(value)} (an integer of 1 or more is required)`,
              path: at(key),
            });
          break;
        case 'status':
          if (typeof value !== 'string' || !STATUS.includes(value)) {
            const fixed =
              typeof value === 'string'
                ? STATUS.find((s) => s.toLowerCase() === value.trim().toLowerCase())
                : undefined;
            results.push({
              message: `has "status": ${quote(show(value))} (use ${fixed ? `"${fixed}"; values are case-sensitive` : '"Preview" or "Production"'})`,
              path: at(key),
            });
          }
          break;
        case 'replacement':
          if (!isObject(value))
            results.push({ message: `has a "replacement" that is not an object (${show(value)})`, path: at(key) });
          break;
        case 'expires':
          // Listed by the versioning docs (ISO 8601 date), not by the repo schema: tolerated when it is a date string.
          if (typeof value !== 'string' || Number.isNaN(Date.parse(value)))
            results.push({ message: `has "expires": ${quote(show(value))}, not an ISO 8601 date`, path: at(key) });
          break;
        default:
          results.push({ message: `has the unknown key ${quote(key)}`, path: at(key) });
      }
    }
    return results;
  },
);

export default defineRule('ppc-annotation-shape', {
  description:
    'An operation\'s `x-ms-api-annotation` has only `family` (string), `revision` (integer ≥ 1), `status` ("Preview" or "Production") and `replacement` (object), plus the documented `expires` date.',
  message: "x-ms-api-annotation {{error}}; see Microsoft's operation versioning docs for the allowed keys.",
  severity: 'error',
  formats: [oas2],
  given: OPERATIONS,
  resolved: false,
  then: { field: 'x-ms-api-annotation', function: annotationShape },
  'x-ppc': {
    requirements: ['annotation-shape', 'x-ms-api-annotation'],
    section: '4',
    sources: ['R-SCH-API', 'L-EXT', 'L-VER'],
    validatorMessage: 'The property value must be one of the following: Preview, Production.',
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A revision of 0.',
          edits: [
            { op: 'set', path: '/paths/~1tasks/get/x-ms-api-annotation', value: { family: 'ListTasks', revision: 0 } },
          ],
        },
        {
          description: 'A lower-case status.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/x-ms-api-annotation', value: { status: 'production' } }],
        },
        {
          description: 'An unknown key.',
          edits: [
            { op: 'set', path: '/paths/~1tasks/get/x-ms-api-annotation', value: { family: 'ListTasks', version: 2 } },
          ],
        },
      ],
      valid: [{ description: 'A family with two revisions.', edits: familyEdits() }],
    },
  },
});
