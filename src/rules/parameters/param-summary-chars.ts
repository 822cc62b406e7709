import { oas2 } from '@stoplight/spectral-formats';
import { paramFunction } from '../../functions/params-function';
import { PARAMETERS } from '../../collections';
import { defineRule } from '../../types';
import { quote } from '../../utils/guards';
import { paramName } from '../../utils/params-context';

const OTHER_CHAR = /[^\p{L}\p{N}\s()]/u;

const paramSummaryChars = paramFunction('paramSummaryChars', (param, { hidden }) => {
  const summary = param['x-ms-summary'];
  if (typeof summary !== 'string' || hidden()) return undefined;
  const found = OTHER_CHAR.exec(summary);
  if (!found) return undefined;
  return {
    message: `${paramName(param)} has an x-ms-summary ${quote(summary)} with ${quote(found[0])}`,
    path: ['x-ms-summary'],
  };
});

export default defineRule('ppc-param-summary-chars', {
  description: 'A parameter `x-ms-summary` uses only letters, digits, spaces and parentheses.',
  message:
    'Parameter {{error}}; use only letters, digits, spaces and parentheses in labels (Microsoft certification guidance).',
  severity: 'info',
  formats: [oas2],
  given: PARAMETERS,
  then: { function: paramSummaryChars },
  'x-ppc': {
    requirements: ['param-summary-chars'],
    section: '6',
    sources: ['L-CS', 'DP'],
    specLevel: 'I',
    examples: {
      invalid: [
        {
          description: 'A slash and a hyphen in the label.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/parameters/0/x-ms-summary', value: 'Status/State' }],
        },
      ],
      valid: [
        {
          description: 'Letters, spaces and parentheses.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/parameters/0/x-ms-summary', value: 'Status (Optional)' }],
        },
      ],
    },
  },
});
