import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { defineRule } from '../../types';
import { quote } from '../../utils/guards';
import { exampleMetadata, findMetadataEntry, metadataEntries, urlProblem } from '../../utils/metadata-entries';

/** Error text: `"Website" value "http://www.contoso.com" uses http`. */
export const metadataUrlsHttps = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function metadataUrlsHttps(input, _options, context) {
    const entries = metadataEntries(input, context.path);
    const results = [];
    for (const name of ['Website', 'Privacy policy']) {
      const entry = findMetadataEntry(entries, name);
      if (!entry || typeof entry.value !== 'string' || urlProblem(entry.value)) continue;
      if (/^http:/i.test(entry.value.trim()))
        results.push({
          message: `${quote(entry.name)} value ${quote(entry.value)} uses http`,
          path: [...entry.path, 'propertyValue'],
        });
    }
    return results;
  },
);

export default defineRule('ppc-metadata-urls-https', {
  description: 'The `Website` and `Privacy policy` metadata URLs use https.',
  message: 'Metadata {{error}}; link the https address (the certification docs ask for https URLs).',
  severity: 'warn',
  formats: [oas2],
  given: "$['x-ms-connector-metadata']",
  then: { function: metadataUrlsHttps },
  'x-ppc': {
    requirements: ['metadata-urls'],
    section: '2.6',
    sources: ['L-CS 3b', 'L-IP'],
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A plain-http privacy policy.',
          edits: [
            {
              op: 'set',
              path: '/x-ms-connector-metadata',
              value: exampleMetadata({ 'Privacy policy': 'http://www.contoso.com/privacy' }),
            },
          ],
        },
      ],
      valid: [
        {
          description: 'An https privacy policy.',
          edits: [
            {
              op: 'set',
              path: '/x-ms-connector-metadata',
              value: exampleMetadata({ 'Privacy policy': 'https://www.contoso.com/privacy' }),
            },
          ],
        },
      ],
    },
  },
});
