import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { isObject, quote } from '../../utils/guards';
import { isHiddenInContext } from '../../model/visibility';

function normalize(text: string): string {
  return text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/(?<![.!?])[.!?]+$/, '')
    .trim()
    .toLowerCase();
}

/** Whether an operation's description repeats its summary (ignoring case, spacing and a final period). */
export function repeatsSummary(operation: Record<string, unknown>): boolean {
  const { summary, description } = operation;
  if (typeof summary !== 'string' || typeof description !== 'string' || normalize(description) === '') return false;
  return normalize(summary) === normalize(description);
}

/** Reports a visible operation whose description repeats its summary. */
const descriptionDiffers = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function descriptionDiffers(input, _options, context) {
    if (!isObject(input) || isHiddenInContext(context) || !repeatsSummary(input)) return;
    return [{ message: `${quote(input.description)} repeats the summary`, path: [...context.path, 'description'] }];
  },
);

export default defineRule('ppc-description-op-differs', {
  description: 'An operation description says more than its summary: it is not the summary repeated.',
  message:
    'Description {{error}}; explain what the operation does and returns in a full sentence (Microsoft coding standards).',
  severity: 'warn',
  formats: [oas2],
  given: OPERATIONS,
  then: { function: descriptionDiffers },
  'x-ppc': {
    requirements: ['description-op-differs'],
    section: '3',
    sources: ['L-CSTD', 'L-STR'],
    specLevel: 'W',
    examples: {
      invalid: [
        {
          description: 'The summary repeated with a period.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/description', value: 'List tasks.' }],
        },
      ],
      valid: [
        {
          description: 'A description that adds detail.',
          edits: [
            { op: 'set', path: '/paths/~1tasks/get/description', value: 'Lists the tasks of the signed-in user.' },
          ],
        },
      ],
    },
  },
});
