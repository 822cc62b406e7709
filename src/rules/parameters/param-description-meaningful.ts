import { oas2 } from '@stoplight/spectral-formats';
import { paramFunction } from '../../functions/params-function';
import { PARAMETERS } from '../../collections';
import { defineRule } from '../../types';
import { quote } from '../../utils/guards';
import { paramName } from '../../utils/params-context';
import { normalizeText } from '../../utils/params-text';

const paramDescriptionMeaningful = paramFunction('paramDescriptionMeaningful', (param, { hidden }) => {
  const { description, name } = param;
  if (typeof description !== 'string' || typeof name !== 'string' || hidden()) return undefined;
  const text = normalizeText(description);
  if (text === '' || text !== normalizeText(name)) return undefined;
  // A description equal to the summary is ppc-param-summary-not-description's finding.
  const summary = param['x-ms-summary'];
  if (typeof summary === 'string' && normalizeText(summary) === text) return undefined;
  return {
    message: `${paramName(param)} has the description ${quote(description)}, which only repeats its name`,
    path: ['description'],
  };
});

export default defineRule('ppc-param-description-meaningful', {
  description: 'A parameter `description` says more than the parameter name (not "Folder" for `folder`).',
  message:
    'Parameter {{error}}; say what the value is for and what format it takes (reviewers ask for meaningful descriptions).',
  severity: 'warn',
  formats: [oas2],
  given: PARAMETERS,
  then: { function: paramDescriptionMeaningful },
  'x-ppc': {
    requirements: ['param-description-meaningful'],
    section: '6',
    sources: ['PR#1286', 'PR#864'],
    specLevel: 'W',
    examples: {
      invalid: [
        {
          description: 'The name repeated.',
          edits: [
            { op: 'set', path: '/paths/~1tasks/get/parameters/0/name', value: 'taskStatus' },
            { op: 'set', path: '/paths/~1tasks/get/parameters/0/description', value: 'Task status.' },
          ],
        },
      ],
      valid: [
        {
          description: 'A real sentence.',
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
