import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { defineRule } from '../../types';
import { formOperation } from './example-edits';
import { FORM_URLENCODED, mimeBases, MULTIPART, operationsWithMedia } from '../../utils/host-media';
import { quote, show } from '../../utils/guards';

/**
 * Operations whose formData parameters cannot be sent with any of their `consumes` types.
 * (Body parameters are not checked: merged connectors send object bodies as form fields on purpose.)
 * Error text: `Operation "AttachFile" has formData parameters but consumes ["application/json"]`.
 */
export const mimeCompatible = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function mimeCompatible(doc) {
    const results = [];
    for (const op of operationsWithMedia(doc)) {
      if (!op.consumesPath || op.operation.formData.length === 0) continue;
      const bases = mimeBases(op.consumes);
      if (bases.length === 0 || bases.includes(MULTIPART) || bases.includes(FORM_URLENCODED)) continue;
      const name = op.operation.operationId ?? `${op.operation.method} ${op.operation.path}`;
      results.push({
        message: `Operation ${quote(name)} has formData parameters but consumes ${show(op.consumes)}`,
        path: op.consumesPath,
      });
    }
    return results;
  },
);

export default defineRule('ppc-mime-compatible', {
  description:
    'The `consumes` types of an operation fit its request content: formData parameters need `multipart/form-data` or `application/x-www-form-urlencoded`.',
  message:
    '{{error}}; consume "multipart/form-data" (files) or "application/x-www-form-urlencoded" (Microsoft rejects MIME types that do not fit the request content).',
  severity: 'error',
  formats: [oas2],
  // Whole document: operations with the root `consumes` they inherit, reported where `consumes` is written.
  given: '$',
  resolved: false,
  then: { function: mimeCompatible },
  'x-ppc': {
    requirements: ['mime-compatible'],
    section: '2.5',
    sources: ['L-SVR MimeTypeNotCompatibleWithRequestContentSchemaType'],
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A form upload that consumes JSON.',
          edits: [formOperation('file', ['application/json'])],
        },
      ],
      valid: [
        {
          description: 'The same upload consuming multipart/form-data.',
          edits: [formOperation('file', ['multipart/form-data'])],
        },
      ],
    },
  },
});
