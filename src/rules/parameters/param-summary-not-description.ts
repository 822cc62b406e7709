import { oas2 } from '@stoplight/spectral-formats';
import { paramFunction } from '../../functions/params-function';
import { PARAMETERS } from '../../collections';
import { defineRule } from '../../types';
import { quote } from '../../utils/guards';
import { paramName } from '../../utils/params-context';
import { normalizeText } from '../../utils/params-text';

const paramSummaryNotDescription = paramFunction('paramSummaryNotDescription', (param, { hidden }) => {
  const summary = param['x-ms-summary'];
  const description = param.description;
  if (typeof summary !== 'string' || typeof description !== 'string' || hidden()) return undefined;
  const text = normalizeText(summary);
  if (text === '' || text !== normalizeText(description)) return undefined;
  return {
    message: `${paramName(param)} has the same x-ms-summary and description (${quote(description)})`,
    path: ['description'],
  };
});

export default defineRule('ppc-param-summary-not-description', {
  description:
    'A parameter `description` is not a copy of its `x-ms-summary`: the label names the field, the description explains it.',
  message:
    "Parameter {{error}}; make the description a sentence that explains the value (Microsoft's string guidance).",
  severity: 'warn',
  formats: [oas2],
  given: PARAMETERS,
  then: { function: paramSummaryNotDescription },
  'x-ppc': {
    requirements: ['param-summary-not-description'],
    section: '6',
    sources: ['L-STR'],
    specLevel: 'W',
    examples: {
      invalid: [
        {
          description: 'The label repeated as description.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/parameters/0/description', value: 'Status' }],
        },
      ],
      valid: [
        {
          description: 'A description that explains.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1tasks/get/parameters/0/description',
              value: 'Only return tasks with this status.',
            },
          ],
        },
      ],
    },
  },
});
