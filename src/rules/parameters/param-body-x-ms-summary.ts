import { oas2 } from '@stoplight/spectral-formats';
import { paramFunction, type ParamFinding } from '../../functions/params-function';
import { PARAMETERS } from '../../collections';
import { defineRule } from '../../types';
import { isBodyParam, paramName } from '../../utils/params-context';
import { missingText } from '../../utils/params-text';

const paramBodyXMsSummary = paramFunction('paramBodyXMsSummary', (param, { hidden }) => {
  if (!isBodyParam(param) || hidden()) return undefined;
  const found: ParamFinding[] = [];
  for (const field of ['x-ms-summary', 'description']) {
    const problem = missingText(param, field);
    if (problem) found.push({ message: `${paramName(param)} ${problem.text}`, path: problem.path });
  }
  return found;
});

export default defineRule('ppc-param-body-x-ms-summary', {
  description: 'A visible body parameter has an `x-ms-summary` and a `description` on the parameter object.',
  message:
    'Body parameter {{error}}; add it to the parameter object (recommended; most certified connectors lack it, so Microsoft does not enforce it).',
  severity: 'info',
  formats: [oas2],
  given: PARAMETERS,
  then: { function: paramBodyXMsSummary },
  'x-ppc': {
    requirements: ['param-body-x-ms-summary'],
    section: '6',
    sources: ['CORPUS'],
    specLevel: 'I',
    examples: {
      invalid: [
        {
          description: 'A body parameter without x-ms-summary.',
          edits: [{ op: 'remove', path: '/paths/~1tasks/post/parameters/0/x-ms-summary' }],
        },
      ],
      valid: [
        {
          description: 'A body parameter with both.',
          edits: [{ op: 'set', path: '/paths/~1tasks/post/parameters/0/x-ms-summary', value: 'Task' }],
        },
      ],
    },
  },
});
