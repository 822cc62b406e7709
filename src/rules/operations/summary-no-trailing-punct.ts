import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { quote } from '../../utils/guards';
import { isHiddenInContext } from '../../model/visibility';

/** Reports a visible, non-blank summary that does not end with a letter, a digit or `)`. */
const summaryEnding = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function summaryEnding(input, _options, context) {
    if (typeof input !== 'string' || input.trim() === '' || isHiddenInContext(context)) return;
    if (/[\p{L}\p{N})]$/u.test(input)) return;
    const last = [...input].pop()!;
    if (/\s/.test(last)) return [{ message: `${quote(input)} ends with whitespace` }];
    return [{ message: `${quote(input)} ends with ${quote(last)}` }];
  },
);

export default defineRule('ppc-summary-no-trailing-punct', {
  description:
    'Operation summaries end with a letter, a digit or ")" (as in "(deprecated)"): no final period, punctuation or space.',
  message:
    'Summary {{error}}; end it with a letter or digit (Microsoft rejects summaries that end with punctuation or a space).',
  severity: 'error',
  formats: [oas2],
  given: `${OPERATIONS}.summary`,
  then: { function: summaryEnding },
  'x-ppc': {
    requirements: ['summary-no-trailing-punct'],
    section: '3',
    sources: ['L-STR', 'L-CS', 'DP', 'PR#3465', 'L-SVR ValueMustEndWithAlphanumeric'],
    validatorMessage: "The 'summary' value must end with alphanumeric character.",
    specLevel: 'E',
    fix: { kind: 'safe', description: 'Removes the final punctuation and the blanks at either end of the summary.' },
    examples: {
      invalid: [
        {
          description: 'A final period.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/summary', value: 'List tasks.' }],
        },
      ],
      valid: [
        {
          description: 'The "(deprecated)" suffix ends with ")".',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/summary', value: 'List tasks (deprecated)' }],
        },
      ],
    },
  },
});
