import { createRulesetFunction, type IFunctionResult } from '@stoplight/spectral-core';
import { knownExtension, valueSpecAt } from '../catalog/known-extensions';
import { checkValue, type ValueSpec } from '../utils/extensions-value';
import type { ExtensionLocation } from '../catalog/extension-locations';
import { msExtensions, pathKey, perDocument } from '../model';

export interface ExtensionValueOptions {
  /** The extension keys to check (exact spelling). */
  keys: string[];
  /** Only occurrences on these kinds of object (default: everywhere the key appears). */
  locations?: ExtensionLocation[];
  /** Check the table's `lenient` shape where it has one (what the platform accepts in practice). */
  lenient?: boolean;
}

/** The `x-ms-*` occurrences of a document by where their key is written, once per document. */
const occurrenceAt = perDocument(
  (document) => new Map(msExtensions(document).map((o) => [pathKey(o.path), o] as const)),
);

/**
 * Checks the value of the given `x-ms-*` keys against their shape in the known-extensions table. Use it with
 * `resolved: false` on `extensionKey(key)` (each match is looked up among the document's extension keys, so a
 * property that bears the name is not checked), or on `$` for every occurrence. Error text starts with the key,
 * e.g. `x-ms-summary is a number (42), not a string`; the result path points at the offending part of the value.
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
  function extensionValue(_input, options, context) {
    const results: IFunctionResult[] = [];
    const document = context.document.data;
    const at = context.path.length === 0 ? undefined : occurrenceAt(document).get(pathKey(context.path));
    const occurrences = context.path.length === 0 ? msExtensions(document) : at ? [at] : [];
    for (const occurrence of occurrences) {
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
