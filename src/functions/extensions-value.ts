import { createRulesetFunction, type IFunctionResult } from '@stoplight/spectral-core';
import { knownExtension, valueSpecAt } from '../catalog/known-extensions';
import { checkValue, type ValueSpec } from '../utils/extensions-value';
import type { ExtensionLocation } from '../catalog/extension-locations';
import { msExtensions } from '../model';

export interface ExtensionValueOptions {
  /** The extension keys to check (exact spelling). */
  keys: string[];
  /** Only occurrences on these kinds of object (default: everywhere the key appears). */
  locations?: ExtensionLocation[];
  /** Check the table's `lenient` shape where it has one (what the platform accepts in practice). */
  lenient?: boolean;
}

/**
 * Checks the value of the given `x-ms-*` keys, wherever they appear in the document, against their shape in
 * the known-extensions table. Use it on `$` with `resolved: false`. Error text starts with the key, e.g.
 * `x-ms-summary is a number (42), not a string`; the result path points at the offending part of the value.
 */
export const extensionValue = createRulesetFunction<unknown, ExtensionValueOptions>(
  {
    input: null,
    options: {
      type: 'object',
      additionalProperties: false,
      required: ['keys'],
      properties: {
        keys: { type: 'array', items: { type: 'string' }, minItems: 1 },
        locations: { type: 'array', items: { type: 'string' } },
        lenient: { type: 'boolean' },
      },
    },
  },
  function extensionValue(input, options) {
    const results: IFunctionResult[] = [];
    for (const occurrence of msExtensions(input)) {
      if (!options.keys.includes(occurrence.key)) continue;
      if (options.locations && !options.locations.includes(occurrence.location)) continue;
      const entry = knownExtension(occurrence.key);
      if (!entry) continue;
      const spec: ValueSpec = valueSpecAt(entry, occurrence.location, options.lenient === true);
      for (const problem of checkValue(spec, occurrence.value)) {
        results.push({ message: `${occurrence.key} ${problem.message}`, path: [...occurrence.path, ...problem.path] });
      }
    }
    return results;
  },
);
