import { oas2 } from '@stoplight/spectral-formats';
import { paramFunction } from '../../functions/params-function';
import { PARAMETERS } from '../../collections';
import { defineRule } from '../../types';
import { quote } from '../../utils/guards';
import { paramName } from '../../utils/params-context';

// eslint-disable-next-line no-control-regex -- the range starts at NUL on purpose: anything outside ASCII.
const NON_ASCII = /[^\u0000-\u007f]/u;

const formDataNameAscii = paramFunction('formDataNameAscii', (param) => {
  if (param.in !== 'formData' || typeof param.name !== 'string') return undefined;
  const found = NON_ASCII.exec(param.name);
  return found ? { message: `${paramName(param)} contains ${quote(found[0])}`, path: ['name'] } : undefined;
});

export default defineRule('ppc-formdata-name-ascii', {
  description: 'A formData parameter name uses US-ASCII characters only.',
  message:
    'Form field name {{error}}; use US-ASCII characters only (Microsoft rejects other characters in form field names).',
  severity: 'error',
  formats: [oas2],
  given: PARAMETERS,
  resolved: false,
  then: { function: formDataNameAscii },
  'x-ppc': {
    requirements: ['formdata-name-ascii'],
    section: '6',
    sources: ['L-SVR InvalidFormDataParameterName'],
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'An accented form field name.',
          edits: [
            { op: 'set', path: '/paths/~1tasks/get/parameters/0/in', value: 'formData' },
            { op: 'set', path: '/paths/~1tasks/get/parameters/0/name', value: 'état' },
          ],
        },
      ],
      valid: [
        {
          description: 'An ASCII form field name.',
          edits: [
            { op: 'set', path: '/paths/~1tasks/get/parameters/0/in', value: 'formData' },
            { op: 'set', path: '/paths/~1tasks/get/parameters/0/name', value: 'state' },
          ],
        },
      ],
    },
  },
});
