import { createRulesetFunction } from '@stoplight/spectral-core';
import { isObject, jsonValue, quote } from '../../utils/guards';
import { oas2 } from '@stoplight/spectral-formats';
import { defineRule } from '../../types';

const STATUSES = ['Preview', 'Production'];

/** Error text: `has the unknown key "family"`, `status "production" is not "Preview" or "Production"`. */
export const apiAnnotationInfo = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function apiAnnotationInfo(input, _options, context) {
    if (!isObject(input)) return [{ message: `is ${jsonValue(input)}, not an object` }];
    const results = [];
    for (const key of Object.keys(input)) {
      if (key !== 'status')
        results.push({
          message: `has the unknown key ${quote(key)} (only "status" is allowed here)`,
          path: [...context.path, key],
        });
    }
    if ('status' in input && !STATUSES.includes(input.status as string)) {
      const same =
        typeof input.status === 'string'
          ? STATUSES.find((s) => s.toLowerCase() === (input.status as string).toLowerCase())
          : undefined;
      results.push({
        message: `status ${quote(input.status)} is not "Preview" or "Production"${same ? ` (did you mean "${same}"?)` : ''}`,
        path: [...context.path, 'status'],
      });
    }
    return results;
  },
);

export default defineRule('ppc-api-annotation-info', {
  description: '`info.x-ms-api-annotation` is `{ "status": "Preview" | "Production" }` and nothing else.',
  message:
    'info.x-ms-api-annotation {{error}}; write { "status": "Preview" } or { "status": "Production" } (the repository schema allows nothing else).',
  severity: 'error',
  formats: [oas2],
  given: "$.info['x-ms-api-annotation']",
  then: { function: apiAnnotationInfo },
  'x-ppc': {
    requirements: ['api-annotation-info'],
    section: '2.7',
    sources: ['R-SCH-API', 'L-VER', 'L-SVR ProductionStatusOnBetaService'],
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A lower-case status.',
          edits: [{ op: 'set', path: '/info/x-ms-api-annotation', value: { status: 'production' } }],
        },
        {
          description: 'An operation-level key on info.',
          edits: [
            { op: 'set', path: '/info/x-ms-api-annotation', value: { status: 'Preview', family: 'ContosoTasks' } },
          ],
        },
      ],
      valid: [
        {
          description: 'A production connector.',
          edits: [{ op: 'set', path: '/info/x-ms-api-annotation', value: { status: 'Production' } }],
        },
      ],
    },
  },
});
