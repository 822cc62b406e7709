import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { defineRule } from '../../types';
import { show } from '../../utils/guards';

/** Error text: `["https","http"] includes "http"`. */
export const schemesHttpsOnly = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function schemesHttpsOnly(input, _options, context) {
    if (!Array.isArray(input)) return;
    const i = input.findIndex((s) => typeof s === 'string' && s.toLowerCase() === 'http');
    if (i < 0) return;
    return [{ message: `${show(input)} includes "http"`, path: [...context.path, i] }];
  },
);

export default defineRule('ppc-schemes-https-only', {
  description: 'The connector is reached over HTTPS only: `schemes` is exactly `["https"]`.',
  message: 'schemes {{error}}; use ["https"] only (98% of merged connectors do, and reviewers remove http).',
  severity: 'warn',
  formats: [oas2],
  given: '$.schemes',
  then: { function: schemesHttpsOnly },
  'x-ppc': {
    requirements: ['schemes-https-only'],
    section: '2.5',
    sources: ['CORPUS §5', 'CORPUS §8'],
    specLevel: 'W',
    fix: { kind: 'safe', description: 'Removes "http" from schemes (a lone "http" becomes "https").' },
    examples: {
      invalid: [
        { description: 'HTTP beside HTTPS.', edits: [{ op: 'set', path: '/schemes', value: ['https', 'http'] }] },
      ],
      valid: [{ description: 'HTTPS only.', edits: [{ op: 'set', path: '/schemes', value: ['https'] }] }],
    },
  },
});
