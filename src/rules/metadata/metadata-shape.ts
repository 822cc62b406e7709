import { createRulesetFunction } from '@stoplight/spectral-core';
import { isObject, jsonValue, quote } from '../../utils/guards';
import { oas2 } from '@stoplight/spectral-formats';
import { defineRule } from '../../types';
import { exampleMetadata } from '../../utils/metadata-entries';

const KEYS = ['propertyName', 'propertyValue'] as const;

/**
 * Checks `x-ms-connector-metadata` is an array of `{ propertyName: string, propertyValue: string }`.
 * Error text: `entry 0 has "PropertyName" instead of "propertyName"`.
 */
export const metadataShape = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function metadataShape(input, _options, context) {
    if (!Array.isArray(input)) return [{ message: `is ${jsonValue(input)}, not an array` }];
    const results = [];
    for (const [i, entry] of input.entries()) {
      const at = [...context.path, i];
      if (!isObject(entry)) {
        results.push({ message: `entry ${i} is ${jsonValue(entry)}, not an object`, path: at });
        continue;
      }
      const keys = Object.keys(entry);
      for (const key of KEYS) {
        if (key in entry) {
          if (typeof entry[key] !== 'string')
            results.push({
              message: `entry ${i} has a ${key} that is not a string (${jsonValue(entry[key])})`,
              path: [...at, key],
            });
          continue;
        }
        const misspelt = keys.find((k) => k.toLowerCase() === key.toLowerCase());
        results.push({
          message: misspelt ? `entry ${i} has ${quote(misspelt)} instead of "${key}"` : `entry ${i} has no "${key}"`,
          path: misspelt ? [...at, misspelt] : at,
        });
      }
      for (const key of keys) {
        if ((KEYS as readonly string[]).includes(key) || KEYS.some((k) => k.toLowerCase() === key.toLowerCase()))
          continue;
        results.push({ message: `entry ${i} has the unknown key ${quote(key)}`, path: [...at, key] });
      }
    }
    return results;
  },
);

export default defineRule('ppc-metadata-shape', {
  description:
    '`x-ms-connector-metadata` is an array of objects with exactly the string keys `propertyName` and `propertyValue`.',
  message:
    'x-ms-connector-metadata {{error}}; write each entry as { "propertyName": "...", "propertyValue": "..." } (Microsoft rejects other shapes).',
  severity: 'error',
  formats: [oas2],
  given: "$['x-ms-connector-metadata']",
  then: { function: metadataShape },
  'x-ppc': {
    requirements: ['metadata-shape'],
    section: '2.6',
    sources: ['R-SCH-API'],
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'Capitalised keys.',
          edits: [
            {
              op: 'set',
              path: '/x-ms-connector-metadata',
              value: [
                { PropertyName: 'Website', PropertyValue: 'https://www.contoso.com' },
                ...exampleMetadata({ Website: null }),
              ],
            },
          ],
        },
        {
          description: 'An object instead of an array.',
          edits: [{ op: 'set', path: '/x-ms-connector-metadata', value: { Website: 'https://www.contoso.com' } }],
        },
      ],
      valid: [
        {
          description: 'A well-formed entry.',
          edits: [{ op: 'set', path: '/x-ms-connector-metadata', value: exampleMetadata() }],
        },
      ],
    },
  },
});
