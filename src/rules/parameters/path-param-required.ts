import { oas2 } from '@stoplight/spectral-formats';
import { paramFunction } from '../../functions/params-function';
import { PARAMETERS } from '../../collections';
import { defineRule } from '../../types';
import { show } from '../../utils/guards';
import { paramName } from '../../utils/params-context';

const pathParamRequired = paramFunction('pathParamRequired', (param) => {
  if (param.in !== 'path' || param.required === true) return undefined;
  if (!('required' in param)) return { message: `${paramName(param)} has no "required"` };
  return { message: `${paramName(param)} has required: ${show(param.required, 30)}`, path: ['required'] };
});

export default defineRule('ppc-path-param-required', {
  description: 'Every path parameter has `required: true`.',
  message: 'Path parameter {{error}}; set "required": true (Microsoft rejects optional path parameters).',
  severity: 'error',
  formats: [oas2],
  given: PARAMETERS,
  resolved: false,
  then: { function: pathParamRequired },
  'x-ppc': {
    requirements: ['path-param-required'],
    section: '6',
    sources: ['L-SVR PathParameterMustBeRequired', 'R-SCH-API'],
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'An optional path parameter.',
          edits: [{ op: 'set', path: '/parameters/TaskId/required', value: false }],
        },
      ],
      valid: [
        {
          description: 'A required path parameter.',
          edits: [{ op: 'set', path: '/parameters/TaskId/required', value: true }],
        },
      ],
    },
  },
});
