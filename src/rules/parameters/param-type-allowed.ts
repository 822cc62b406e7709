import { oas2 } from '@stoplight/spectral-formats';
import { paramFunction } from '../../functions/params-function';
import { PARAMETERS } from '../../collections';
import { defineRule } from '../../types';
import { quote } from '../../utils/guards';
import { isNonBodyParam, paramIn, paramName } from '../../utils/params-context';

/** `file` is allowed too, for formData only (ppc-file-only-formdata checks where). */
const TYPES = ['string', 'number', 'integer', 'boolean', 'array', 'file'];

const paramTypeAllowed = paramFunction('paramTypeAllowed', (param) => {
  if (!isNonBodyParam(param) || param.type === undefined) return undefined;
  if (typeof param.type === 'string' && TYPES.includes(param.type)) return undefined;
  return { message: `${paramName(param)} (in ${paramIn(param)}) has type ${quote(param.type)}`, path: ['type'] };
});

export default defineRule('ppc-param-type-allowed', {
  description:
    'A non-body parameter has type `string`, `number`, `integer`, `boolean` or `array` (or `file` in formData).',
  message:
    'Parameter {{error}}; use string, number, integer, boolean or array, or move structured values into a body schema (the Swagger schema allows only these).',
  severity: 'error',
  formats: [oas2],
  given: PARAMETERS,
  resolved: false,
  then: { function: paramTypeAllowed },
  'x-ppc': {
    requirements: ['param-type-allowed'],
    section: '6',
    sources: ['R-SCH-API'],
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'An object query parameter.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/parameters/0/type', value: 'object' }],
        },
      ],
      valid: [
        {
          description: 'A string query parameter.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/parameters/0/type', value: 'string' }],
        },
      ],
    },
  },
});
