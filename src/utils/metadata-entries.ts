import type { JsonPath } from '@stoplight/types';
import { isObject } from './guards';

export const METADATA_KEY = 'x-ms-connector-metadata';

/** The entry names certification requires, spelt as the docs and templates spell them. */
export const REQUIRED_METADATA_NAMES = ['Website', 'Privacy policy', 'Categories'] as const;
export type MetadataName = (typeof REQUIRED_METADATA_NAMES)[number];

/** The connector categories of L-CS step 3b (and the validator's `InvalidConnectorCategory` list). */
export const CONNECTOR_CATEGORIES = [
  'AI',
  'Business Management',
  'Business Intelligence',
  'Collaboration',
  'Commerce',
  'Communication',
  'Content and Files',
  'Finance',
  'Data',
  'Human Resources',
  'Internet of Things',
  'IT Operations',
  'Lifestyle and Entertainment',
  'Marketing',
  'Productivity',
  'Sales and CRM',
  'Security',
  'Social Media',
  'Website',
] as const;

export const MAX_CATEGORIES = 2;

export interface MetadataEntry {
  /** Index in the `x-ms-connector-metadata` array. */
  index: number;
  /** The entry's `propertyName` as written (trimmed comparisons are up to the caller). */
  name: string;
  value: unknown;
  /** Path of the entry from the document root. */
  path: JsonPath;
}

/** The well-formed entries (objects with a string `propertyName`) of a metadata array; anything else is skipped. */
export function metadataEntries(metadata: unknown, base: JsonPath = [METADATA_KEY]): MetadataEntry[] {
  if (!Array.isArray(metadata)) return [];
  const entries: MetadataEntry[] = [];
  metadata.forEach((entry, index) => {
    if (isObject(entry) && typeof entry.propertyName === 'string') {
      entries.push({ index, name: entry.propertyName, value: entry.propertyValue, path: [...base, index] });
    }
  });
  return entries;
}

/** The first entry whose name matches `name` without regard to case or surrounding spaces. */
export function findMetadataEntry(entries: MetadataEntry[], name: string): MetadataEntry | undefined {
  const wanted = name.toLowerCase();
  return entries.find((e) => e.name.trim().toLowerCase() === wanted);
}

/** The category items of a `Categories` value: split on `;`, trimmed, empty items dropped. */
export function categoryItems(value: string): string[] {
  return value
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Why a metadata URL value is not an absolute http(s) URL, or undefined when it is one. */
export function urlProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return 'is not a string';
  const text = value.trim();
  if (text === '') return 'is empty';
  if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) return 'is not an absolute URL (it lacks "https://")';
  if (/\s/.test(text)) return 'contains whitespace';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'is not a valid URL';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return `has the scheme "${url.protocol.replace(/:$/, '')}" (use https)`;
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') return 'has no valid host name';
  return undefined;
}

/**
 * A metadata array for documentation examples: the valid fixture's three entries, with some values or
 * names replaced (`null` drops the entry).
 */
export function exampleMetadata(
  changes: {
    Website?: unknown;
    'Privacy policy'?: unknown;
    Categories?: unknown;
    names?: Partial<Record<MetadataName, string>>;
  } = {},
): unknown[] {
  const values: Record<MetadataName, unknown> = {
    Website: 'https://www.contoso.com',
    'Privacy policy': 'https://www.contoso.com/privacy',
    Categories: 'Productivity;Collaboration',
  };
  const entries: unknown[] = [];
  for (const name of REQUIRED_METADATA_NAMES) {
    const value = name in changes ? changes[name] : values[name];
    if (value === null) continue;
    entries.push({ propertyName: changes.names?.[name] ?? name, propertyValue: value });
  }
  return entries;
}
