import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { isObject } from '../../utils/guards';
import { isDynamicResponse, resolveResponse } from '../../utils/responses-helpers';

const defaultNoSchema = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function defaultNoSchema(input, _options, context) {
    if (!isObject(input)) return;
    const doc = context.document.data;
    const resolved = resolveResponse(doc, input, context.path);
    if (!resolved || !('schema' in resolved.response) || isDynamicResponse(doc, resolved.response)) return;
    if (typeof input.$ref === 'string')
      return [{ message: `refers to "${input.$ref}", which has a schema`, path: [...context.path, '$ref'] }];
    return [{ message: 'has a schema', path: [...context.path, 'schema'] }];
  },
);

export default defineRule('ppc-default-no-schema', {
  description: 'The `default` response has no schema: schemas belong on the expected (2xx) responses only.',
  message:
    'The "default" response {{error}}; remove the schema, or replace `default` with the status codes the API returns (Microsoft rejects a `default` response with a schema).',
  severity: 'error',
  formats: [oas2],
  given: `${OPERATIONS}.responses.default`,
  resolved: false,
  then: { function: defaultNoSchema },
  'x-ppc': {
    requirements: ['default-no-schema', 'dynamic-response-exempt'],
    section: '7',
    sources: ['L-CS', 'L-SVR DefaultResponseHasSchema', 'PR#3841'],
    validatorMessage:
      "The 'default' response should not have schema definition. Schemas should be defined on expected responses only.",
    specLevel: 'E',
    calibration: {
      allowedRecentCertifiedRate: 0.13,
      reason:
        'Since 2025 the validator errors on a `default` response with a schema (PR#3841) and section 23 asks for an error on new files, but 12.2% of certified connectors changed since 2023 (32/263) still carry one from before.',
    },
    examples: {
      invalid: [
        {
          description: 'A `default` response with an error schema.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1tasks/get/responses/default',
              value: {
                description: 'An error.',
                schema: { type: 'object', properties: { message: { type: 'string' } } },
              },
            },
          ],
        },
      ],
      valid: [
        {
          description: 'A `default` response with a description only.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/responses/default', value: { description: 'An error.' } }],
        },
      ],
    },
  },
});
