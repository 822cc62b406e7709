import { oas2 } from '@stoplight/spectral-formats';
import { paramFunction } from '../../functions/params-function';
import { PARAMETERS } from '../../collections';
import { defineRule } from '../../types';
import { isNonBodyParam, paramIn, paramName } from '../../utils/params-context';

const fileOnlyFormData = paramFunction('fileOnlyFormData', (param) => {
  if (param.type !== 'file' || !isNonBodyParam(param) || param.in === 'formData') return undefined;
  return { message: `${paramName(param)} has type "file" in ${paramIn(param)}`, path: ['type'] };
});

export default defineRule('ppc-file-only-formdata', {
  description: 'Only `in: formData` parameters have `type: file`.',
  message:
    'Parameter {{error}}; use in: formData for file uploads, or a body with a binary schema (Microsoft rejects file parameters elsewhere).',
  severity: 'error',
  formats: [oas2],
  given: PARAMETERS,
  resolved: false,
  then: { function: fileOnlyFormData },
  'x-ppc': {
    requirements: ['file-only-formdata'],
    section: '6',
    sources: ['L-SVR FileParameterMustBeInFormData'],
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'A file query parameter.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/parameters/0/type', value: 'file' }],
        },
      ],
      valid: [
        {
          description: 'A file form field.',
          edits: [
            { op: 'set', path: '/paths/~1tasks/get/parameters/0/type', value: 'file' },
            { op: 'set', path: '/paths/~1tasks/get/parameters/0/in', value: 'formData' },
            { op: 'remove', path: '/paths/~1tasks/get/parameters/0/enum' },
          ],
        },
      ],
    },
  },
});
