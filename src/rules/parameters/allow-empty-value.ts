import { oas2 } from '@stoplight/spectral-formats';
import { paramFunction } from '../../functions/params-function';
import { PARAMETERS } from '../../collections';
import { defineRule } from '../../types';
import { paramIn, paramName } from '../../utils/params-context';

const allowEmptyValue = paramFunction('allowEmptyValue', (param) => {
  if (!('allowEmptyValue' in param) || param.in === 'query' || param.in === 'formData') return undefined;
  return { message: `${paramName(param)} (in ${paramIn(param)}) has "allowEmptyValue"`, path: ['allowEmptyValue'] };
});

export default defineRule('ppc-allow-empty-value', {
  description: '`allowEmptyValue` appears only on query and formData parameters.',
  message: 'Parameter {{error}}; remove it (Microsoft rejects allowEmptyValue outside query and formData parameters).',
  severity: 'error',
  formats: [oas2],
  given: PARAMETERS,
  resolved: false,
  then: { function: allowEmptyValue },
  'x-ppc': {
    requirements: ['allow-empty-value'],
    section: '6',
    sources: ['L-SVR AllowEmptyValueOnlyValidForQueryFormData'],
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'On a path parameter.',
          edits: [{ op: 'set', path: '/parameters/TaskId/allowEmptyValue', value: true }],
        },
      ],
      valid: [
        {
          description: 'On a query parameter.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/parameters/0/allowEmptyValue', value: true }],
        },
      ],
    },
  },
});
