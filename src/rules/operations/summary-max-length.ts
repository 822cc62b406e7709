import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { visibleLength } from '../../functions/visible-length';
import { defineRule } from '../../types';

export default defineRule('ppc-summary-max-length', {
  description: 'Operation summaries are at most 80 characters long.',
  message:
    'Summary {{error}}; shorten it to 80 characters or fewer (Microsoft reviewers reject longer summaries; the validator warns above 120).',
  severity: 'error',
  formats: [oas2],
  given: `${OPERATIONS}.summary`,
  then: { function: visibleLength, functionOptions: { max: 80 } },
  'x-ppc': {
    requirements: ['summary-max-length', 'limit-summary'],
    section: '3',
    sources: ['L-CS', 'L-STR', 'DP', 'PR#3465', 'L-SVR OperationSummaryTooLong'],
    validatorMessage: 'OperationSummaryTooLong (at 120 characters)',
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'An 87-character summary.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1tasks/get/summary',
              value: 'List the tasks of the signed-in user across every project and team they are a member of',
            },
          ],
        },
      ],
      valid: [
        {
          description: 'A short summary.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/summary', value: 'List tasks' }],
        },
      ],
    },
  },
});
