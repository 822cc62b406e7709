import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { quote } from '../../utils/guards';
import { isHiddenInContext } from '../../model/visibility';

/** Names every restricted character of a visible summary. */
const restrictedSummaryChars = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function restrictedSummaryChars(input, _options, context) {
    if (typeof input !== 'string' || isHiddenInContext(context)) return;
    const found = [...new Set(input.match(/[/\\<>*%&?]/g) ?? [])];
    if (found.length === 0) return;
    return [{ message: `${quote(input)} contains ${found.map((c) => quote(c)).join(', ')}` }];
  },
);

export default defineRule('ppc-summary-restricted-chars', {
  description: 'Operation summaries contain none of the characters `/ \\ < > * % & ?`.',
  message:
    'Summary {{error}}; rephrase without / \\ < > * % & ? (Microsoft rejects these characters in summaries: RestrictedCharactersInSummary).',
  severity: 'error',
  formats: [oas2],
  given: `${OPERATIONS}.summary`,
  then: { function: restrictedSummaryChars },
  'x-ppc': {
    requirements: ['summary-restricted-chars'],
    section: '3',
    sources: ['L-SVR RestrictedCharactersInSummary', 'PR#1095', 'L-STR'],
    validatorMessage: 'Summary string contains any of the restricted characters [/\\<>*%&?]',
    specLevel: 'E',
    fix: {
      kind: 'safe',
      description:
        'Writes the restricted characters as words or blanks: "Create/Update" becomes "Create or Update", "&" becomes "and".',
    },
    examples: {
      invalid: [
        {
          description: 'A slash in the summary.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/summary', value: 'List open/done tasks' }],
        },
      ],
      valid: [
        {
          description: 'The same summary in words.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/summary', value: 'List open or done tasks' }],
        },
      ],
    },
  },
});
