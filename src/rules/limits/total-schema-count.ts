import { oas2 } from '@stoplight/spectral-formats';
import { defineRule } from '../../types';
import { limitFunction } from './shared';
import { isObject } from '../../utils/guards';
import { isHttpMethod } from '../../utils/http';
import { operationNodeCount, SATURATION } from '../../utils/schemas-count';

/** 256 operations × 16,384 schema nodes. */
export const MAX_TOTAL_SCHEMAS = 256 * 16_384;

const totalSchemaCount = limitFunction(function totalSchemaCount(input, options) {
  let total = 0;
  if (!isObject(input) || !isObject(input.paths)) return;
  for (const pathItem of Object.values(input.paths)) {
    if (!isObject(pathItem)) continue;
    for (const [method, operation] of Object.entries(pathItem)) {
      if (!isHttpMethod(method) || !isObject(operation)) continue;
      total = Math.min(SATURATION, total + operationNodeCount(input, operation, pathItem));
    }
  }
  if (total > options.max)
    return [
      { message: `${total >= SATURATION ? 'more than a billion' : total.toLocaleString('en-US')}`, path: ['paths'] },
    ];
  return;
});

export default defineRule('ppc-total-schema-count', {
  description: `The whole definition has at most ${MAX_TOTAL_SCHEMAS.toLocaleString('en-US')} schema nodes (256 × 16,384), counted over all operations with \`$ref\`s expanded.`,
  message:
    'The operations hold {{error}} schema nodes ($refs expanded); split the API into several connectors (the platform rejects larger definitions).',
  severity: 'error',
  formats: [oas2],
  // Whole document: a count over every operation of the document.
  given: '$',
  resolved: false,
  then: { function: totalSchemaCount, functionOptions: { max: MAX_TOTAL_SCHEMAS } },
  'x-ppc': {
    requirements: ['total-schema-count', 'limit-total-schemas'],
    section: '7',
    sources: ['L-FAQ', 'L-SVR TotalSchemaCountExceedsMaxAllowed'],
    validatorMessage: 'TotalSchemaCountExceedsMaxAllowed',
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'A definition whose references double at each of 23 levels (over 8 million nodes).',
          edits: doubling(23),
        },
      ],
      valid: [{ description: 'The same shape with 10 levels (about 2,000 nodes).', edits: doubling(10) }],
    },
  },
});

/** Definitions L0..Ln where each level references the next twice, used by the list response: 2^n nodes. */
function doubling(levels: number): Array<{ op: 'set'; path: string; value: unknown }> {
  const edits: Array<{ op: 'set'; path: string; value: unknown }> = [];
  for (let i = 0; i < levels; i++) {
    edits.push({
      op: 'set',
      path: `/definitions/L${i}`,
      value: {
        type: 'object',
        properties: { a: { $ref: `#/definitions/L${i + 1}` }, b: { $ref: `#/definitions/L${i + 1}` } },
      },
    });
  }
  edits.push({ op: 'set', path: `/definitions/L${levels}`, value: { type: 'string' } });
  edits.push({ op: 'set', path: '/paths/~1tasks/get/responses/200/schema', value: { $ref: '#/definitions/L0' } });
  return edits;
}
