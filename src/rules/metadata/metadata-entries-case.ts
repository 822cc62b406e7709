import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { defineRule } from '../../types';
import { exampleMetadata, metadataEntries, REQUIRED_METADATA_NAMES } from '../../utils/metadata-entries';
import { quote } from '../../utils/guards';

/** Error text: `"Privacy Policy" should be spelt "Privacy policy"`. */
export const metadataEntriesCase = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function metadataEntriesCase(input, _options, context) {
    const results = [];
    for (const entry of metadataEntries(input, context.path)) {
      const wanted = REQUIRED_METADATA_NAMES.find((n) => n.toLowerCase() === entry.name.trim().toLowerCase());
      if (wanted && entry.name !== wanted)
        results.push({
          message: `${quote(entry.name)} should be spelt "${wanted}"`,
          path: [...entry.path, 'propertyName'],
        });
    }
    return results;
  },
);

export default defineRule('ppc-metadata-entries-case', {
  description: 'The metadata entry names are spelt exactly as in the docs: `Website`, `Privacy policy`, `Categories`.',
  message:
    'Metadata name {{error}}; keep the documented spelling (the certification docs say not to change the propertyName).',
  severity: 'warn',
  formats: [oas2],
  given: "$['x-ms-connector-metadata']",
  then: { function: metadataEntriesCase },
  'x-ppc': {
    requirements: ['metadata-entries'],
    section: '2.6',
    sources: ['L-CS 3b', 'CORPUS'],
    specLevel: 'W',
    examples: {
      invalid: [
        {
          description: '"Privacy Policy" with a capital P.',
          edits: [
            {
              op: 'set',
              path: '/x-ms-connector-metadata',
              value: exampleMetadata({ names: { 'Privacy policy': 'Privacy Policy' } }),
            },
          ],
        },
      ],
      valid: [
        {
          description: 'The documented spelling.',
          edits: [{ op: 'set', path: '/x-ms-connector-metadata', value: exampleMetadata() }],
        },
      ],
    },
  },
});
