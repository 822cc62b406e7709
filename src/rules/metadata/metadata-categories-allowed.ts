import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { defineRule } from '../../types';
import { jsonValue, quote } from '../../utils/guards';
import {
  categoryItems,
  CONNECTOR_CATEGORIES,
  exampleMetadata,
  findMetadataEntry,
  metadataEntries,
} from '../../utils/metadata-entries';

const ALLOWED: readonly string[] = CONNECTOR_CATEGORIES;

function hint(item: string): string {
  const sameButCase = ALLOWED.find((c) => c.toLowerCase() === item.toLowerCase());
  if (sameButCase) return ` (did you mean "${sameButCase}"?)`;
  if (/[,|/]/.test(item)) return ' (separate categories with ";")';
  return '';
}

/** Error text: `"Sales" is not a connector category`. */
export const metadataCategoriesAllowed = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function metadataCategoriesAllowed(input, _options, context) {
    const entry = findMetadataEntry(metadataEntries(input, context.path), 'Categories');
    if (!entry) return;
    const path = [...entry.path, 'propertyValue'];
    if (typeof entry.value !== 'string') return [{ message: `value ${jsonValue(entry.value)} is not a string`, path }];
    const items = categoryItems(entry.value);
    if (items.length === 0) return [{ message: 'value is empty', path }];
    return items
      .filter((item) => !ALLOWED.includes(item))
      .map((item) => ({ message: `${quote(item)} is not a connector category${hint(item)}`, path }));
  },
);

export default defineRule('ppc-metadata-categories-allowed', {
  description: `The \`Categories\` metadata value is a \`;\`-separated list of connector categories: ${CONNECTOR_CATEGORIES.join(', ')}.`,
  message: `Categories {{error}}; use one or two of: ${CONNECTOR_CATEGORIES.join(', ')} (Microsoft rejects other categories).`,
  severity: 'error',
  formats: [oas2],
  given: "$['x-ms-connector-metadata']",
  then: { function: metadataCategoriesAllowed },
  'x-ppc': {
    requirements: ['metadata-categories-allowed'],
    section: '2.6',
    sources: ['L-CS 3b', 'L-SVR InvalidConnectorCategory', 'DP'],
    validatorMessage: 'The connector category is invalid. Available categories are: [{0}].',
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A category that is not on the list.',
          edits: [
            {
              op: 'set',
              path: '/x-ms-connector-metadata',
              value: exampleMetadata({ Categories: 'Productivity;Task Management' }),
            },
          ],
        },
        {
          description: 'Categories separated by a comma.',
          edits: [
            {
              op: 'set',
              path: '/x-ms-connector-metadata',
              value: exampleMetadata({ Categories: 'Productivity, Collaboration' }),
            },
          ],
        },
      ],
      valid: [
        {
          description: 'Two listed categories (spaces after ";" are fine).',
          edits: [
            {
              op: 'set',
              path: '/x-ms-connector-metadata',
              value: exampleMetadata({ Categories: 'Productivity; Collaboration' }),
            },
          ],
        },
      ],
    },
  },
});
