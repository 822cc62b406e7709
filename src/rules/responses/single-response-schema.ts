import { createRulesetFunction } from '@stoplight/spectral-core';
import type { JsonPath } from '@stoplight/types';
import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { isObject } from '../../utils/guards';
import { isDynamicResponse, resolveResponse, responseEntries } from '../../utils/responses-helpers';
import { derefSchema } from '../../utils/schemas-expand';
import { isEmptySchema } from './no-empty-schema';

function hasEmptySchema(doc: unknown, response: unknown, path: JsonPath): boolean {
  const resolved = resolveResponse(doc, response, path);
  const schema = resolved ? derefSchema(doc, resolved.response.schema, [...resolved.path, 'schema']) : undefined;
  return schema !== undefined && isEmptySchema(schema.schema);
}

const singleResponseSchema = createRulesetFunction<unknown, null>({ input: null, options: null }, function singleResponseSchema(input, _options, context) {
  const doc = context.document.data;
  const withSchema = responseEntries(input).filter(([code, value]) => {
    const resolved = resolveResponse(doc, value, [code]);
    return resolved !== undefined && 'schema' in resolved.response && !isDynamicResponse(doc, resolved.response);
  });
  if (withSchema.length < 2) return;
  const codes = withSchema.map(([code]) => code);
  const primary = codes.filter((c) => /^2\d\d$/.test(c)).sort()[0] ?? codes[0]!;
  return withSchema
    .filter(([code]) => code !== primary && code !== 'default') // a `default` schema is ppc-default-no-schema's finding
    .filter(([code, value]) => !hasEmptySchema(doc, value, [...context.path, code])) // `{}` is ppc-no-empty-schema's (an error that also says to remove it)
    .map(([code, value]) => ({
      message: `"${code}" has a schema besides the one on "${primary}"`,
      path: isObject(value) && typeof value.$ref === 'string' ? [...context.path, code, '$ref'] : [...context.path, code, 'schema'],
    }));
});

export default defineRule('ppc-single-response-schema', {
  description: 'Only one response of an operation (the success response) carries a schema; error responses have a description only.',
  message: 'Response {{error}}; remove it and describe the error in the description only (the designer uses a single response schema).',
  severity: 'warn',
  formats: [oas2],
  given: `${OPERATIONS}.responses`,
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
