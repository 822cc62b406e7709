import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { quote } from '../../utils/guards';
import { isHiddenInContext } from '../../model/visibility';

/**
 * Names the characters of a visible summary outside letters, digits, spaces and parentheses. The characters
 * `ppc-summary-restricted-chars` rejects, and the final punctuation `ppc-summary-no-trailing-punct` rejects,
 * are left to those rules so that each character is reported once.
 */
const alnumParensSummary = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function alnumParensSummary(input, _options, context) {
    if (typeof input !== 'string' || isHiddenInContext(context)) return;
    const body = input.replace(/(?<![^\p{L}\p{N})])[^\p{L}\p{N})]+$/u, '');
    const found = [...new Set(body.match(/[^A-Za-z0-9 ()/\\<>*%&?]/g) ?? [])];
    if (found.length === 0) return;
    return [{ message: `${quote(input)} contains ${found.map((c) => quote(c)).join(', ')}` }];
  },
);

export default defineRule('ppc-summary-alnum-parens', {
  description: 'Operation summaries use only letters, digits, spaces and parentheses (`^[A-Za-z0-9 ()]+$`).',
  message:
    'Summary {{error}}; use only letters, digits, spaces and parentheses (Microsoft certification guidance for summaries).',
  severity: 'warn',
  formats: [oas2],
  given: `${OPERATIONS}.summary`,
  then: { function: alnumParensSummary },
  'x-ppc': {
    requirements: ['summary-alnum-parens'],
    section: '3',
    sources: ['L-CS', 'DP'],
    specLevel: 'W',
    fix: {
      kind: 'safe',
      description:
        'Turns separators (- _ , ; : | and quotes) into spaces; summaries with apostrophes, periods or accented letters are left to the author.',
    },
    examples: {
      invalid: [
        {
          description: 'A hyphen and a comma.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/summary', value: 'Tasks - list open, done' }],
        },
      ],
      valid: [
        {
          description: 'Parentheses are fine.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/summary', value: 'List tasks (deprecated)' }],
        },
      ],
    },
  },
});
