import type { JsonPath } from '@stoplight/types';
import { isObject } from '../utils/guards';
import { connectorModel } from './index';
import { nodeAt } from './refs';
import type { ExtensionLocation } from './types';

const PARAMETER_LOCATIONS: ReadonlySet<ExtensionLocation> = new Set([
  'bodyParameter',
  'pathParameter',
  'queryParameter',
  'headerParameter',
  'formDataParameter',
  'parameter',
]);

export interface ExtensionSite {
  /** The parameter or schema object that carries the extension. */
  holder: Record<string, unknown>;
  /** Where the holder is written. */
  holderPath: JsonPath;
  /** The extension's value. */
  value: unknown;
  /** Where the extension key is written. */
  path: JsonPath;
  kind: 'parameter' | 'schema';
  /** For parameters: their `in` ('' when it is not a string). */
  in: string;
  /** For schemas: the property name when the schema is a `properties` member. */
  propertyName?: string;
}

/**
 * Every parameter object and every schema object (as written, `$ref`s not followed) that carries the extension
 * `key`: the model's extension occurrences on parameters and schemas (not on parameter `items`).
 */
export function extensionSites(document: unknown, key: string): ExtensionSite[] {
  const sites: ExtensionSite[] = [];
  for (const ext of connectorModel(document).extensions) {
    if (ext.key !== key) continue;
    const parameter = PARAMETER_LOCATIONS.has(ext.location);
    if (!parameter && ext.location !== 'schema') continue;
    const holderPath = ext.path.slice(0, -1);
    const holder = nodeAt(document, holderPath);
    if (!isObject(holder)) continue;
    const n = holderPath.length;
    sites.push({
      holder,
      holderPath,
      value: ext.value,
      path: ext.path,
      kind: parameter ? 'parameter' : 'schema',
      in: parameter && typeof holder.in === 'string' ? holder.in : '',
      propertyName: !parameter && n >= 2 && holderPath[n - 2] === 'properties' ? String(holderPath[n - 1]) : undefined,
    });
  }
  return sites;
}
