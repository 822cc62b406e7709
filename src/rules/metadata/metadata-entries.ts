import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { defineRule } from '../../types';
import {
  exampleMetadata,
  findMetadataEntry,
  metadataEntries,
  REQUIRED_METADATA_NAMES,
} from '../../utils/metadata-entries';

/**
 * The required metadata entries that are missing (names compared without regard to case: a case
 * difference is ppc-metadata-entries-case's warning). Error text: `has no "Privacy policy" entry`.
 */
export const metadataEntriesPresent = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function metadataEntriesPresent(input, _options, context) {
    if (!Array.isArray(input)) return;
    const entries = metadataEntries(input, context.path);
    return REQUIRED_METADATA_NAMES.filter((name) => !findMetadataEntry(entries, name)).map((name) => ({
      message: `has no "${name}" entry`,
    }));
  },
);

export default defineRule('ppc-metadata-entries', {
  description: '`x-ms-connector-metadata` has the entries `Website`, `Privacy policy` and `Categories`.',
  message:
    'x-ms-connector-metadata {{error}}; add { "propertyName": ..., "propertyValue": ... } for it (Microsoft requires Website, Privacy policy and Categories).',
  severity: 'error',
  formats: [oas2],
  given: "$['x-ms-connector-metadata']",
  then: { function: metadataEntriesPresent },
  'x-ppc': {
    requirements: ['metadata-entries'],
    section: '2.6',
    sources: ['L-CS 3b', 'L-SVR ConnectorMetadataPropertiesMissing', 'PR#854'],
    validatorMessage: "The connector metadata property '{0}' is required.",
    specLevel: 'E/W',
    examples: {
      invalid: [
        {
          description: 'No Website entry.',
          edits: [{ op: 'set', path: '/x-ms-connector-metadata', value: exampleMetadata({ Website: null }) }],
        },
      ],
      valid: [
        {
          description: 'A "Privacy Policy" entry counts (its case is a separate warning).',
          edits: [
            {
              op: 'set',
              path: '/x-ms-connector-metadata',
              value: exampleMetadata({ names: { 'Privacy policy': 'Privacy Policy' } }),
            },
          ],
        },
      ],
    },
  },
});
