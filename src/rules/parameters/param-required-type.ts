import { oas2 } from '@stoplight/spectral-formats';
import { paramFunction } from '../../functions/params-function';
import { PARAMETERS } from '../../collections';
import { defineRule } from '../../types';
import { show } from '../../utils/guards';
import { paramName } from '../../utils/params-context';

const paramRequiredType = paramFunction('paramRequiredType', (param) => {
  if (!('required' in param) || typeof param.required === 'boolean') return undefined;
  return { message: `${paramName(param)} has required: ${show(param.required, 30)}`, path: ['required'] };
});

export default defineRule('ppc-param-required-type', {
  description: 'A parameter `required` is a JSON boolean (`true` or `false`), not a string or a list.',
  message: 'Parameter {{error}}; use true or false without quotes (the Swagger schema requires a boolean).',
  severity: 'error',
  formats: [oas2],
  given: PARAMETERS,
  resolved: false,
  then: { function: paramRequiredType },
  'x-ppc': {
    requirements: ['param-required-type'],
    section: '6',
    sources: ['R-SCH-API'],
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'A string "true".',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/parameters/0/required', value: 'true' }],
        },
      ],
      valid: [
        {
          description: 'A boolean.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/parameters/0/required', value: true }],
        },
      ],
    },
  },
});
