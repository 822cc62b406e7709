import { oas2 } from '@stoplight/spectral-formats';
import { paramFunction } from '../../functions/params-function';
import { PARAMETERS } from '../../collections';
import { defineRule } from '../../types';
import { isBodyParam, paramName } from '../../utils/params-context';
import { missingText } from '../../utils/params-text';

const paramDescription = paramFunction('paramDescription', (param, { hidden }) => {
  if (isBodyParam(param) || hidden()) return undefined;
  const problem = missingText(param, 'description');
  return problem && { message: `${paramName(param)} ${problem.text}`, path: problem.path };
});

export default defineRule('ppc-param-description', {
  description: 'Every visible non-body parameter has a `description`: the sentence users see as its tooltip.',
  message:
    'Parameter {{error}}; add a one-sentence description (Microsoft rejects visible parameters without "description").',
  severity: 'error',
  formats: [oas2],
  given: PARAMETERS,
  then: { function: paramDescription },
  'x-ppc': {
    requirements: ['param-description'],
    section: '6',
    sources: ['L-CS', 'L-SVR RequiredPropertyMissing', 'PR#550', 'PR#4160'],
    validatorMessage: "The 'description' property is required. ValuePath: …/parameters/0",
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A query parameter without a description.',
          edits: [{ op: 'remove', path: '/paths/~1tasks/get/parameters/0/description' }],
        },
      ],
      valid: [
        {
          description: 'A description on the parameter.',
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
