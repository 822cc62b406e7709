import { oas2 } from '@stoplight/spectral-formats';
import { createRulesetFunction } from '@stoplight/spectral-core';
import { defineRule } from '../../types';
import { isObject } from '../../utils/guards';

/** Root keys the connector templates keep even when empty, with their empty value. */
export const TEMPLATE_KEYS: ReadonlyArray<readonly [string, string]> = [
  ['definitions', '{}'],
  ['parameters', '{}'],
  ['responses', '{}'],
  ['securityDefinitions', '{}'],
  ['security', '[]'],
  ['tags', '[]'],
];

/** Error text: `lacks "parameters": {}, "tags": []`. */
export const rootTemplateKeys = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function rootTemplateKeys(input) {
    if (!isObject(input)) return;
    const missing = TEMPLATE_KEYS.filter(([key]) => !(key in input)).map(([key, empty]) => `"${key}": ${empty}`);
    if (missing.length === 0) return;
    return [{ message: `lacks ${missing.join(', ')}`, path: [] }];
  },
);

export default defineRule('ppc-root-template-keys', {
  description:
    'The root keeps the template keys `definitions`, `parameters`, `responses`, `securityDefinitions`, `security` and `tags`, even when they are empty.',
  message:
    'The document root {{error}}; add them, even empty, to match the connector template (reviewers have asked for this).',
  severity: 'hint',
  formats: [oas2],
  // Whole document: the missing root keys are the finding, so the rule looks at the root.
  given: '$',
  resolved: false,
  then: { function: rootTemplateKeys },
  'x-ppc': {
    requirements: ['root-template-keys'],
    section: '2.1',
    sources: ['R-TPL-C', 'R-TPL-IP', 'PR#2254'],
    specLevel: 'I',
    profiles: { 'independent-publisher': 'info' },
    examples: {
      invalid: [
        {
          description: 'Empty `responses` and `tags` left out.',
          edits: [
            { op: 'remove', path: '/responses' },
            { op: 'remove', path: '/tags' },
          ],
        },
      ],
      valid: [
        {
          description: 'Empty template keys kept.',
          edits: [
            { op: 'set', path: '/responses', value: {} },
            { op: 'set', path: '/tags', value: [] },
          ],
        },
      ],
    },
  },
});
