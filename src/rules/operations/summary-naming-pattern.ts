import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { isObject, quote } from '../../utils/guards';
import { actionSummaryProblem } from '../../utils/operations-text';
import { isHiddenInContext } from '../../model/visibility';

/** Actions only: the "When …" pattern of trigger summaries is `ppc-trigger-summary-pattern`'s. */
const actionSummaryPattern = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function actionSummaryPattern(input, _options, context) {
    if (
      !isObject(input) ||
      input['x-ms-trigger'] !== undefined ||
      typeof input.summary !== 'string' ||
      isHiddenInContext(context)
    )
      return;
    const problem = actionSummaryProblem(input.summary);
    return problem
      ? [{ message: `${quote(input.summary)} ${problem}`, path: [...context.path, 'summary'] }]
      : undefined;
  },
);

export default defineRule('ppc-summary-naming-pattern', {
  description:
    'Action summaries start with an imperative verb ("Create a task", "Get a task by ID", "List tasks"), not with an article, "Gets …" or "Creating …". Trigger summaries ("When a …") are checked by ppc-trigger-summary-pattern.',
  message: 'Summary {{error}}; start action summaries with a verb in the imperative (Microsoft string guidance).',
  severity: 'info',
  formats: [oas2],
  given: OPERATIONS,
  then: { function: actionSummaryPattern },
  'x-ppc': {
    requirements: ['summary-naming-pattern'],
    section: '3',
    sources: ['L-STR', 'SK'],
    specLevel: 'I',
    examples: {
      invalid: [
        {
          description: 'A third-person verb.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/summary', value: 'Gets the tasks' }],
        },
        {
          description: 'An article instead of a verb.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/summary', value: 'The tasks of the user' }],
        },
      ],
      valid: [
        {
          description: 'An imperative verb.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/summary', value: 'List tasks' }],
        },
      ],
    },
  },
});
