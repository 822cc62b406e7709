import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { isObject, quote } from '../../utils/guards';
import { lacksSentenceEnd } from '../../utils/sentence';
import { isHiddenInContext } from '../../model/visibility';
import { repeatsSummary } from './description-op-differs';

/**
 * Reports a visible operation description that does not end like a sentence (`lacksSentenceEnd`). A description
 * that repeats the summary is left to ppc-description-op-differs, whose advice (write a real sentence) covers both.
 */
const sentenceDescription = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function sentenceDescription(input, _options, context) {
    if (!isObject(input) || typeof input.description !== 'string' || isHiddenInContext(context)) return;
    const text = input.description.trim();
    if (!lacksSentenceEnd(text) || repeatsSummary(input)) return;
    const tail = text.length > 50 ? `…${text.slice(-45)}` : text;
    return [{ message: `${quote(tail, 50)} does not end with a period`, path: [...context.path, 'description'] }];
  },
);

export default defineRule('ppc-description-op-sentence', {
  description: 'Operation descriptions are full sentences that end with ".", "!" or "?" (single words are exempt).',
  message:
    'Description {{error}}; write it as a full sentence ending with punctuation (Microsoft certification guidance).',
  severity: 'warn',
  formats: [oas2],
  given: OPERATIONS,
  then: { function: sentenceDescription },
  'x-ppc': {
    requirements: ['description-op-sentence'],
    section: '3',
    sources: ['L-CS', 'L-CSTD', 'L-STR', 'DP'],
    specLevel: 'W',
    fix: {
      kind: 'safe',
      description:
        'Adds the final period to a one-line description that ends with a letter, a digit or ")", and trims it.',
    },
    examples: {
      invalid: [
        {
          description: 'No final period.',
          edits: [
            { op: 'set', path: '/paths/~1tasks/get/description', value: 'Lists the tasks of the signed-in user' },
          ],
        },
      ],
      valid: [
        {
          description: 'A sentence with a final period.',
          edits: [
            { op: 'set', path: '/paths/~1tasks/get/description', value: 'Lists the tasks of the signed-in user.' },
          ],
        },
      ],
    },
  },
});
