import { oas2 } from '@stoplight/spectral-formats';
import { paramFunction } from '../../functions/params-function';
import { PARAMETERS } from '../../collections';
import { defineRule } from '../../types';
import { quote } from '../../utils/guards';
import { paramName } from '../../utils/params-context';

const MAX = 80;

const paramSummaryLength = paramFunction('paramSummaryLength', (param, { hidden }) => {
  const summary = param['x-ms-summary'];
  if (typeof summary !== 'string' || summary.trim() === '' || hidden()) return undefined;
  const length = [...summary].length;
  if (length <= MAX) return undefined;
  return {
    message: `${paramName(param)} has an x-ms-summary of ${length} characters (${quote(summary)})`,
    path: ['x-ms-summary'],
  };
});

export default defineRule('ppc-param-summary-length', {
  description:
    'A parameter `x-ms-summary` is at most 80 characters long (ppc-param-summary-title-case checks its casing).',
  message:
    "Parameter {{error}}; shorten the label to 80 characters or fewer and move detail into the description (Microsoft's string guidance).",
  severity: 'warn',
  formats: [oas2],
  given: PARAMETERS,
  then: { function: paramSummaryLength },
  'x-ppc': {
    requirements: ['param-summary-length'],
    section: '6',
    sources: ['L-STR', 'L-EXT', 'DP'],
    specLevel: 'W',
    examples: {
      invalid: [
        {
          description: 'A label of 90 characters.',
          edits: [
            { op: 'set', path: '/paths/~1tasks/get/parameters/0/x-ms-summary', value: 'Status '.repeat(13).trim() },
          ],
        },
      ],
      valid: [
        {
          description: 'A label of 77 characters.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1tasks/get/parameters/0/x-ms-summary',
              value: 'Status '.repeat(9) + 'Task Name Here',
            },
          ],
        },
      ],
    },
  },
});
