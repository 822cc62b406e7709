import { oas2 } from '@stoplight/spectral-formats';
import { paramFunction } from '../../functions/params-function';
import { PARAMETERS } from '../../collections';
import { defineRule } from '../../types';
import { quote } from '../../utils/guards';
import { paramName } from '../../utils/params-context';
import { titleCaseBreak } from '../../utils/params-text';

const paramSummaryTitleCase = paramFunction('paramSummaryTitleCase', (param, { hidden }) => {
  const summary = param['x-ms-summary'];
  if (typeof summary !== 'string' || summary.trim() === '' || hidden()) return undefined;
  const word = titleCaseBreak(summary);
  if (word === undefined) return undefined;
  return {
    message: `${paramName(param)} has an x-ms-summary ${quote(summary)} that is not in title case (${quote(word)})`,
    path: ['x-ms-summary'],
  };
});

export default defineRule('ppc-param-summary-title-case', {
  description:
    'A parameter `x-ms-summary` is in title case ("Due Date", not "due date"); short words such as "of" may stay lower case.',
  message: "Parameter {{error}}; capitalise each main word of the label (Microsoft's string guidance).",
  severity: 'warn',
  formats: [oas2],
  given: PARAMETERS,
  then: { function: paramSummaryTitleCase },
  'x-ppc': {
    requirements: ['param-summary-length'],
    section: '6',
    sources: ['L-STR', 'L-EXT', 'DP'],
    specLevel: 'W',
    examples: {
      invalid: [
        {
          description: 'A lower-case label.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/parameters/0/x-ms-summary', value: 'task status' }],
        },
      ],
      valid: [
        {
          description: 'Title case; small words may stay lower case.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/parameters/0/x-ms-summary', value: 'Status of the Task' }],
        },
      ],
    },
  },
});
