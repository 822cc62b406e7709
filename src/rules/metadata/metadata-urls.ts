import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { defineRule } from '../../types';
import { quote } from '../../utils/guards';
import { exampleMetadata, findMetadataEntry, metadataEntries, urlProblem } from '../../utils/metadata-entries';

/** Error text: `"Website" value "www.contoso.com" is not an absolute URL (it lacks "https://")`. */
export const metadataUrls = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function metadataUrls(input, _options, context) {
    const entries = metadataEntries(input, context.path);
    const results = [];
    for (const name of ['Website', 'Privacy policy']) {
      const entry = findMetadataEntry(entries, name);
      if (!entry) continue;
      const problem = urlProblem(entry.value);
      if (problem)
        results.push({
          message: `${quote(entry.name)} value ${quote(entry.value)} ${problem}`,
          path: [...entry.path, 'propertyValue'],
        });
    }
    return results;
  },
);

export default defineRule('ppc-metadata-urls', {
  description: 'The `Website` and `Privacy policy` metadata values are absolute http(s) URLs.',
  message:
    'Metadata {{error}}; give the full address, e.g. "https://www.contoso.com/privacy" (Microsoft rejects values that are not absolute URLs).',
  severity: 'error',
  formats: [oas2],
  given: "$['x-ms-connector-metadata']",
  then: { function: metadataUrls },
  'x-ppc': {
    requirements: ['metadata-urls'],
    section: '2.6',
    sources: ['L-CS 3b', 'L-IP', 'L-SVR UrlNotValid'],
    validatorMessage: "The 'url' property must be a valid absolute URL.",
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A website without a scheme.',
          edits: [
            { op: 'set', path: '/x-ms-connector-metadata', value: exampleMetadata({ Website: 'www.contoso.com' }) },
          ],
        },
      ],
      valid: [
        {
          description: 'An absolute HTTPS URL.',
          edits: [
            {
              op: 'set',
              path: '/x-ms-connector-metadata',
              value: exampleMetadata({ Website: 'https://www.contoso.com' }),
            },
          ],
        },
      ],
    },
  },
});
