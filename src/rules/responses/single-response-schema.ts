import type { JsonPath } from '@stoplight/types';
import { oas2 } from '@stoplight/spectral-formats';
import { isObject } from '../../utils/guards';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { operationRule } from '../../model/rules';
import { isDynamicResponse } from '../../utils/responses-helpers';
import { followRef } from '../../model/refs';
import { isEmptySchema } from './no-empty-schema';

/**
 * True when the schema (after `$ref`s) is `{}`: that is ppc-no-empty-schema's finding, which also says to remove it.
 */
function isEmptyAt(document: unknown, schema: unknown, path: JsonPath): boolean {
  const target = followRef(document, schema, path).node;
  return isObject(target) && isEmptySchema(target);
}

/** Reported at the extra response's schema, where it is written: once for a shared `#/responses/x`. */
const singleResponseSchema = operationRule('singleResponseSchema', (op, model) => {
  const withSchema = op.responses.filter(
    (r) => Object.hasOwn(r.node, 'schema') && !isDynamicResponse(model.document, r.node),
  );
  if (withSchema.length < 2) return [];
  const codes = withSchema.map((r) => r.code);
  const primary = codes.filter((c) => /^2\d\d$/.test(c)).sort()[0] ?? codes[0];
  return (
    withSchema
      .filter((r) => r.code !== primary && r.code !== 'default') // a `default` schema is ppc-default-no-schema's finding
      // `{}` is ppc-no-empty-schema's
      .filter((r) => !isEmptyAt(model.document, r.node.schema, [...r.jsonPath, 'schema']))
      .map((r) => ({
        message: `"${r.code}" has a schema besides the one on "${primary}"`,
        path: [...r.jsonPath, 'schema'],
      }))
  );
});

export default defineRule('ppc-single-response-schema', {
  description:
    'Only one response of an operation (the success response) carries a schema; error responses have a description only.',
  message:
    'Response {{error}}; remove it and describe the error in the description only (the designer uses a single response schema).',
  severity: 'warn',
  formats: [oas2],
  given: OPERATIONS,
  resolved: false,
  then: { function: singleResponseSchema },
  'x-ppc': {
    requirements: ['single-response-schema', 'dynamic-response-exempt'],
    section: '7',
    sources: ['L-SVR OperationHasManyResponsesWithSchema', 'L-CS'],
    validatorMessage: 'OperationHasManyResponsesWithSchema: only one schema will be used in the designer.',
    specLevel: 'W',
    examples: {
      invalid: [
        {
          description: 'A 404 response with an error schema next to the 200 schema.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1tasks~1{taskId}/get/responses/404/schema',
              value: { type: 'object', properties: { error: { type: 'string', description: 'The error message.' } } },
            },
          ],
        },
      ],
      valid: [{ description: 'A 200 schema and a 404 with a description only.', edits: [] }],
    },
  },
});
