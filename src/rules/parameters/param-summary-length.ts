import { oas2 } from '@stoplight/spectral-formats';
import { paramFunction } from '../../functions/params-function';
import { PARAMETERS } from '../../collections';
import { defineRule } from '../../types';
import { quote } from '../../utils/guards';
import { paramName } from '../../utils/params-context';
import { titleCaseBreak } from '../../utils/params-text';

const MAX = 80;

const paramSummaryLength = paramFunction('paramSummaryLength', (param, { hidden }) => {
  const summary = param['x-ms-summary'];
  if (typeof summary !== 'string' || summary.trim() === '' || hidden()) return undefined;
  const length = [...summary].length;
  if (length > MAX) return { message: `${paramName(param)} has an x-ms-summary of ${length} characters (${quote(summary)})`, path: ['x-ms-summary'] };
  const word = titleCaseBreak(summary);
  if (word !== undefined) return { message: `${paramName(param)} has an x-ms-summary ${quote(summary)} that is not in title case ("${word}")`, path: ['x-ms-summary'] };
  return undefined;
});

export default defineRule('ppc-param-summary-length', {
  description: 'A parameter `x-ms-summary` is at most 80 characters long and in title case ("Due Date", not "due date").',
  message: "Parameter {{error}}; use a short title-case label of at most 80 characters (Microsoft's string guidance).",
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
        { description: 'A lower-case label.', edits: [{ op: 'set', path: '/paths/~1tasks/get/parameters/0/x-ms-summary', value: 'task status' }] },
        { description: 'A label of 90 characters.', edits: [{ op: 'set', path: '/paths/~1tasks/get/parameters/0/x-ms-summary', value: 'Status '.repeat(13).trim() } ] },
      ],
      valid: [{ description: 'Title case; small words may stay lower case.', edits: [{ op: 'set', path: '/paths/~1tasks/get/parameters/0/x-ms-summary', value: 'Status of the Task' }] }],
    },
  },
});
