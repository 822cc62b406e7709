import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { RESPONSES } from '../../collections';
import { defineRule } from '../../types';
import { isObject, show } from '../../utils/guards';

const responseDescription = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function responseDescription(input, _options, context) {
    const code = String(context.path[context.path.length - 1] ?? '');
    if (code.startsWith('x-') || !isObject(input) || typeof input.$ref === 'string') return;
    if (input.description === undefined) return [{ message: `"${show(code)}" has no description` }];
    if (typeof input.description !== 'string')
      return [
        { message: `"${show(code)}" has a description that is not a string`, path: [...context.path, 'description'] },
      ];
    return;
  },
);

export default defineRule('ppc-response-description', {
  description: 'Every response object has a `description` string, as Swagger 2.0 requires.',
  message:
    'Response {{error}}; add a short sentence saying what the response means (Swagger 2.0 requires it and Microsoft rejects responses without it).',
  severity: 'error',
  formats: [oas2],
  given: RESPONSES,
  resolved: false,
  then: { function: responseDescription },
  'x-ppc': {
    requirements: ['response-description'],
    section: '7',
    sources: ['R-SCH-API'],
    validatorMessage: "The 'description' property is required.",
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'A 404 response without a description.',
          edits: [{ op: 'set', path: '/paths/~1tasks~1{taskId}/get/responses/404', value: {} }],
        },
      ],
      valid: [
        {
          description: 'A 404 response with a description.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1tasks~1{taskId}/get/responses/404',
              value: { description: 'No task has this identifier.' },
            },
          ],
        },
      ],
    },
  },
});
