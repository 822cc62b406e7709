import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { jsonValue, quote } from '../../utils/guards';

/** Error text: `"wss" is a WebSocket scheme`, `"HTTPS" must be lower case`. */
export const schemesAllowed = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function schemesAllowed(input, _options, context) {
    if (!Array.isArray(input)) return;
    const results = [];
    for (const [i, scheme] of input.entries()) {
      if (scheme === 'http' || scheme === 'https') continue;
      let message: string;
      if (typeof scheme !== 'string') message = `${jsonValue(scheme)} is not a string`;
      else if (scheme.toLowerCase() === 'http' || scheme.toLowerCase() === 'https')
        message = `${quote(scheme)} must be lower case`;
      else if (/^wss?$/i.test(scheme))
        message = `${quote(scheme)} is a WebSocket scheme, which connectors do not support`;
      else message = `${quote(scheme)} is not a supported scheme`;
      results.push({ message, path: [...context.path, i] });
    }
    return results;
  },
);

export default defineRule('ppc-schemes-allowed', {
  description:
    'Every scheme in `schemes` (root and operations) is `http` or `https`; WebSocket schemes are not supported.',
  message: 'Scheme {{error}}; use "https" (Microsoft accepts only http and https).',
  severity: 'error',
  formats: [oas2],
  given: ['$.schemes', `${OPERATIONS}.schemes`],
  then: { function: schemesAllowed },
  'x-ppc': {
    requirements: ['schemes-allowed'],
    section: '2.5',
    sources: ['L-SVR SchemeNotValid', 'L-SVR SchemeNotSupported'],
    validatorMessage: 'The WebSocket transfer protocol schemes are not supported.',
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [{ description: 'A WebSocket scheme.', edits: [{ op: 'set', path: '/schemes', value: ['wss'] }] }],
      valid: [{ description: 'HTTPS only.', edits: [{ op: 'set', path: '/schemes', value: ['https'] }] }],
    },
  },
});
