import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { isObject, quote } from '../../utils/guards';

/** A three-digit HTTP status (100-599), `default`, or an `x-*` extension key. */
export const RESPONSE_KEY = /^(?:[1-5][0-9]{2}|default|x-.*)$/;

const responseCodes = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function responseCodes(input, _options, context) {
    if (!isObject(input)) return;
    return Object.keys(input)
      .filter((code) => !RESPONSE_KEY.test(code))
      .map((code) => ({
        message: `${quote(code)} is not an HTTP status code or "default"`,
        path: [...context.path, code],
      }));
  },
);

export default defineRule('ppc-response-code-valid', {
  description: 'Every response key is a three-digit HTTP status code (100-599) or `default` (or an `x-` extension).',
  message: 'Response key {{error}}; use a status code such as "200" or "404" (Microsoft rejects other response keys).',
  severity: 'error',
  formats: [oas2],
  given: `${OPERATIONS}.responses`,
  resolved: false,
  then: { function: responseCodes },
  'x-ppc': {
    requirements: ['response-code-valid'],
    section: '7',
    sources: ['L-SVR ResponseMustBeDefaultOrHttpStatusCode', 'R-SCH-API'],
    validatorMessage: 'ResponseMustBeDefaultOrHttpStatusCode',
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'A wildcard status range as a response key.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/responses/2XX', value: { description: 'Any success.' } }],
        },
      ],
      valid: [
        {
          description: 'Status codes and `default`.',
          edits: [
            { op: 'set', path: '/paths/~1tasks/get/responses/default', value: { description: 'An unexpected error.' } },
          ],
        },
      ],
    },
  },
});
