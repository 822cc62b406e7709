import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { defineRule } from '../../types';
import { jsonValue, quote } from '../../utils/guards';

/**
 * The repo schema's host pattern: a name or IP with an optional port, no scheme, path, braces, spaces or backslashes.
 */
const HOST_PATTERN = /^[^{}/ :\\]+(?::\d+)?$/;

/**
 * Checks `host` is a bare host name with an optional port and says what is in the way.
 * Error text: `"https://api.contoso.com" has a scheme ("https://")`.
 */
export const hostValid = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function hostValid(input) {
    if (typeof input !== 'string') return [{ message: `${jsonValue(input)} is not a string` }];
    if (HOST_PATTERN.test(input)) return;
    const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(input);
    if (scheme) return [{ message: `${quote(input)} has a scheme (${quote(scheme[0])})` }];
    if (input.trim() === '') return [{ message: 'is empty' }];
    if (/[{}]/.test(input)) return [{ message: `${quote(input)} contains a template placeholder` }];
    if (input.includes('/')) return [{ message: `${quote(input)} has a path (move it to basePath)` }];
    if (/\s/.test(input)) return [{ message: `${quote(input)} contains whitespace` }];
    return [{ message: `${quote(input)} is not a host name with an optional port` }];
  },
);

export default defineRule('ppc-host-valid', {
  description:
    '`host` is a bare host name with an optional port, without scheme, path or placeholders (`^[^{}/ :\\\\]+(?::\\d+)?$`).',
  message:
    'host {{error}}; give only the host name and optional port, e.g. "api.contoso.com" (Microsoft rejects hosts with a scheme or path).',
  severity: 'error',
  formats: [oas2],
  given: '$.host',
  then: { function: hostValid },
  'x-ppc': {
    requirements: ['host-valid'],
    section: '2.5',
    sources: ['L-SVR HostNameNotValid', 'PR#4041', 'R-SCH-API'],
    validatorMessage: "The 'host' property, if present, must be a valid URI host without a scheme or path.",
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'A host with a scheme.',
          edits: [{ op: 'set', path: '/host', value: 'https://api.contoso.com' }],
        },
        { description: 'A host with a path.', edits: [{ op: 'set', path: '/host', value: 'api.contoso.com/v1' }] },
      ],
      valid: [
        {
          description: 'A host name with a port.',
          edits: [{ op: 'set', path: '/host', value: 'api.contoso.com:8443' }],
        },
      ],
    },
  },
});
