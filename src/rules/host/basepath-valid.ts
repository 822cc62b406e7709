import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { defineRule } from '../../types';
import { jsonValue, quote } from '../../utils/guards';

/** Error text: `"v1" does not start with "/"`. */
export const basePathValid = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function basePathValid(input) {
    if (typeof input !== 'string') return [{ message: `${jsonValue(input)} is not a string` }];
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input))
      return [{ message: `${quote(input)} is a URL (put the host in "host")` }];
    if (!input.startsWith('/')) return [{ message: `${quote(input)} does not start with "/"` }];
    return;
  },
);

export default defineRule('ppc-basepath-valid', {
  description: '`basePath`, when present, is a string that starts with `/`.',
  message:
    'basePath {{error}}; write it as a path that starts with "/", e.g. "/v1" (Microsoft rejects other base paths).',
  severity: 'error',
  formats: [oas2],
  given: '$.basePath',
  then: { function: basePathValid },
  'x-ppc': {
    requirements: ['basepath-valid'],
    section: '2.5',
    sources: ['L-SVR BasePathNotValid', 'R-SCH-API'],
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'A base path without the leading slash.',
          edits: [{ op: 'set', path: '/basePath', value: 'v1' }],
        },
      ],
      valid: [{ description: 'The root base path.', edits: [{ op: 'set', path: '/basePath', value: '/' }] }],
    },
  },
});
