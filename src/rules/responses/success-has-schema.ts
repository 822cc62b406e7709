import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { isObject } from '../../utils/guards';
import { isDynamicResponse, isWebhookOperation, resolveResponse } from '../../utils/responses-helpers';
import { nodeAt } from '../../model/refs';
import { isDeprecatedOperation, isInternal } from '../../model/visibility';

const SUCCESS_CODES = ['200', '201'] as const;

const successHasSchema = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function successHasSchema(input, _options, context) {
    if (!isObject(input) || isInternal(input) || isDeprecatedOperation(input)) return;
    const responses = input.responses;
    if (!isObject(responses)) return;
    const doc = context.document.data;
    const method = String(context.path[context.path.length - 1] ?? '').toLowerCase();
    if (method === 'delete') return;
    const pathItem = nodeAt(doc, context.path.slice(0, -1));
    if (isInternal(pathItem) || isWebhookOperation(doc, input)) return;
    const present = SUCCESS_CODES.filter((code) => code in responses);
    if (present.length === 0) return; // 202/204-only (or no success response: another rule's concern)
    for (const code of present) {
      const resolved = resolveResponse(doc, responses[code], ['responses', code]);
      if (!resolved) return; // a broken reference is reported by ppc-response-ref-valid
      if ('schema' in resolved.response || isDynamicResponse(doc, resolved.response)) return;
    }
    const id = typeof input.operationId === 'string' ? `"${input.operationId}"` : 'The operation';
    return [
      {
        message: `${id} returns ${present.join('/')} without a schema`,
        path: [...context.path, 'responses', present[0]],
      },
    ];
  },
);

export default defineRule('ppc-success-has-schema', {
  description:
    'A visible action that returns 200 or 201 describes the response body with a schema (DELETE operations, 202/204-only operations and webhook registrations are exempt).',
  message:
    '{{error}}; add a schema that describes the response body, or return 204 when there is none (without a schema the designer shows no outputs and makers must use Parse JSON).',
  severity: 'warn',
  formats: [oas2],
  given: OPERATIONS,
  resolved: false,
  then: { function: successHasSchema },
  'x-ppc': {
    requirements: ['success-has-schema'],
    section: '7',
    sources: ['L-CS', 'L-SVR SchemaDefinitionSetIncorrectly', 'R-PRT', 'R-README'],
    validatorMessage:
      "The operation '{0}' should define an output schema on the 200 or 201 response code or in 'x-ms-notification-content' extension for a webhook to be visible in the designer.",
    specLevel: 'E/W',
    examples: {
      invalid: [
        {
          description: 'A 200 response without a schema.',
          edits: [{ op: 'remove', path: '/paths/~1tasks~1{taskId}/get/responses/200/schema' }],
        },
      ],
      valid: [
        { description: 'A DELETE that returns 204 without a body.', edits: [] },
        {
          description: 'An operation whose only success response is 202.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1tasks/post/responses',
              value: { '202': { description: 'The task will be created.' } },
            },
          ],
        },
      ],
    },
  },
});
