import { oas2 } from '@stoplight/spectral-formats';
import { paramFunction } from '../../functions/params-function';
import { PARAMETERS } from '../../collections';
import { defineRule } from '../../types';
import { isBodyParam, paramName } from '../../utils/params-context';
import { missingText } from '../../utils/params-text';

const paramXMsSummary = paramFunction('paramXMsSummary', (param, { hidden }) => {
  if (isBodyParam(param) || hidden()) return undefined;
  const problem = missingText(param, 'x-ms-summary');
  return problem && { message: `${paramName(param)} ${problem.text}`, path: problem.path };
});

export default defineRule('ppc-param-x-ms-summary', {
  description: 'Every visible non-body parameter has an `x-ms-summary`: the short label users see in the designer.',
  message:
    'Parameter {{error}}; add a short title-case label (Microsoft rejects visible parameters without "x-ms-summary").',
  severity: 'error',
  formats: [oas2],
  given: PARAMETERS,
  then: { function: paramXMsSummary },
  'x-ppc': {
    requirements: ['param-x-ms-summary'],
    section: '6',
    sources: ['L-CS', 'L-STR', 'L-SVR RequiredPropertyMissing', 'PR#550', 'PR#1003', 'PR#4041'],
    validatorMessage: "The 'x-ms-summary' property is required. ValuePath: …/parameters/N",
    specLevel: 'E',
    fix: {
      kind: 'suggestion',
      description:
        'Adds an x-ms-summary made from the parameter name ("task_id" becomes "Task ID"); check the wording.',
    },
    examples: {
      invalid: [
        {
          description: 'A query parameter without x-ms-summary.',
          edits: [{ op: 'remove', path: '/paths/~1tasks/get/parameters/0/x-ms-summary' }],
        },
      ],
      valid: [
        {
          description: 'A label on the parameter.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/parameters/0/x-ms-summary', value: 'Task Status' }],
        },
        {
          description: 'An internal parameter needs no label.',
          edits: [
            { op: 'remove', path: '/paths/~1tasks/get/parameters/0/x-ms-summary' },
            { op: 'set', path: '/paths/~1tasks/get/parameters/0/x-ms-visibility', value: 'internal' },
            { op: 'set', path: '/paths/~1tasks/get/parameters/0/default', value: 'open' },
            { op: 'set', path: '/paths/~1tasks/get/parameters/0/required', value: true },
          ],
        },
      ],
    },
  },
});
