import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { defineRule } from '../../types';
import { quote } from '../../utils/guards';
import {
  categoryItems,
  exampleMetadata,
  findMetadataEntry,
  MAX_CATEGORIES,
  metadataEntries,
} from '../../utils/metadata-entries';

/** Error text: `"AI;Data;Productivity" has 3 categories`. */
export const metadataCategoriesMax = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function metadataCategoriesMax(input, _options, context) {
    const entry = findMetadataEntry(metadataEntries(input, context.path), 'Categories');
    if (!entry || typeof entry.value !== 'string') return;
    const count = categoryItems(entry.value).length;
    if (count <= MAX_CATEGORIES) return;
    return [{ message: `${quote(entry.value)} has ${count} categories`, path: [...entry.path, 'propertyValue'] }];
  },
);

export default defineRule('ppc-metadata-categories-max', {
  description: 'The `Categories` metadata value lists at most 2 categories.',
  message: 'Categories {{error}}; keep the two that fit best (Microsoft allows at most 2).',
  severity: 'error',
  formats: [oas2],
  given: "$['x-ms-connector-metadata']",
  then: { function: metadataCategoriesMax },
  'x-ppc': {
    requirements: ['metadata-categories-max'],
    section: '2.6',
    sources: ['L-CS 3b', 'L-SVR TooManyConnectorCategories'],
    validatorMessage: "The maximum allowed number of categories for the connector is '{0}'.",
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'Three categories.',
          edits: [
            {
              op: 'set',
              path: '/x-ms-connector-metadata',
              value: exampleMetadata({ Categories: 'AI;Data;Productivity' }),
            },
          ],
        },
      ],
      valid: [
        {
          description: 'Two categories.',
          edits: [{ op: 'set', path: '/x-ms-connector-metadata', value: exampleMetadata({ Categories: 'AI;Data' }) }],
        },
      ],
    },
  },
});
