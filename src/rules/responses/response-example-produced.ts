import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { isObject, quote } from '../../utils/guards';
import { nodeAt } from '../../model/refs';

/** `application/json; charset=utf-8` → `application/json`. */
function mediaType(value: string): string {
  return value.split(';')[0].trim().toLowerCase();
}

function matches(example: string, produced: string): boolean {
  if (produced === '*/*' || produced === example) return true;
  const [type, sub] = produced.split('/');
  return sub === '*' && example.startsWith(`${type}/`);
}

const exampleProduced = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function exampleProduced(input, _options, context) {
    if (!isObject(input)) return;
    const doc = context.document.data;
    const op = nodeAt(doc, context.path.slice(0, 3));
    const own = isObject(op) ? op.produces : undefined;
    const produces = Array.isArray(own) ? own : isObject(doc) && Array.isArray(doc.produces) ? doc.produces : undefined;
    if (!produces || produces.length === 0) return; // nothing declared: ppc's MIME rules report that
    const produced = produces.filter((p): p is string => typeof p === 'string').map(mediaType);
    return Object.keys(input)
      .filter((mime) => !produced.some((p) => matches(mediaType(mime), p)))
      .map((mime) => ({
        message: `${quote(mime)} is not in produces (${produced.map((p) => `"${p}"`).join(', ')})`,
        path: [...context.path, mime],
      }));
  },
);

export default defineRule('ppc-response-example-produced', {
  description:
    "Each response example is keyed by a MIME type that the operation produces (its own `produces` or the document's).",
  message:
    'Response example {{error}}; key the example by a produced MIME type or add the type to `produces` (Microsoft rejects examples of types the operation does not produce).',
  severity: 'error',
  formats: [oas2],
  given: `${OPERATIONS}.responses[*].examples`,
  resolved: false,
  then: { function: exampleProduced },
  'x-ppc': {
    requirements: ['response-example-produced'],
    section: '7',
    sources: ['L-SVR ResponseExampleMustBeProducedByOperation'],
    validatorMessage: 'ResponseExampleMustBeProducedByOperation',
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'An XML example on a JSON-only operation.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1tasks~1{taskId}/get/responses/200/examples',
              value: { 'application/xml': '<task/>' },
            },
          ],
        },
      ],
      valid: [
        {
          description: 'A JSON example on a JSON operation.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1tasks~1{taskId}/get/responses/200/examples',
              value: { 'application/json': { id: '1', title: 'Write the report' } },
            },
          ],
        },
      ],
    },
  },
});
