import type { JsonPath } from '@stoplight/types';
import { isObject } from './guards';
import { connectorModel } from '../model';
import { linkedPath, ROOT_LINK, type PathLink } from './path-links';

/** One place in a definition where an extension names an operation by its operationId. */
export interface OperationIdReference {
  /** The value written there (usually a string). */
  value: unknown;
  /** JSON path of the `operationId` key. */
  path: JsonPath;
  /**
   * How the reference is written, for messages: `x-ms-dynamic-values.operationId`,
   * `x-ms-capabilities.testConnection.operationId`, ...
   */
  where: string;
}

/** Where each extension keeps its operationId, relative to the extension's value. */
const REFERENCE_SLOTS: Record<string, readonly (readonly string[])[]> = {
  'x-ms-dynamic-values': [['operationId']],
  'x-ms-dynamic-schema': [['operationId']],
  'x-ms-dynamic-list': [['operationId']],
  'x-ms-dynamic-properties': [['operationId']],
  'x-ms-dynamic-tree': [
    ['open', 'operationId'],
    ['browse', 'operationId'],
  ],
  'x-ms-capabilities': [
    ['testConnection', 'operationId'],
    ['file-picker', 'open', 'operationId'],
    ['file-picker', 'browse', 'operationId'],
  ],
  'x-ms-operation-context': [['simulate', 'operationId']],
  'x-ms-notification': [['operationId']],
};

/** Keys whose values are data, not definition structure: nothing inside them is an extension. */
const DATA_KEYS = new Set([
  'example',
  'examples',
  'default',
  'enum',
  'x-ms-test-value',
  'x-ms-enum-values',
  'x-example',
]);

/** Keys whose values are maps from user-chosen names to definitions: the names are never extension keys. */
export const NAME_MAPS: ReadonlySet<string> = new Set([
  'properties',
  'definitions',
  'parameters',
  'responses',
  'headers',
  'paths',
  'securityDefinitions',
  'patternProperties',
]);

/**
 * Every operationId reference in a Swagger 2.0 definition, as written (no `$ref` is followed): the
 * `x-ms-dynamic-*` extensions wherever they appear, root `x-ms-capabilities` (test connection and file picker),
 * `x-ms-operation-context.simulate` and `x-ms-notification`. Values inside examples, defaults and enums are
 * ignored, and the names in `properties`/`definitions`/... maps are never taken for extension keys.
 * Iterative and cycle-safe; never throws.
 */
export function findOperationIdReferences(doc: unknown): OperationIdReference[] {
  const found: OperationIdReference[] = [];
  const seen = new Set<unknown>();
  const stack: Frame[] = [];
  const enter = (node: unknown, place: PathLink, isNameMap: boolean): void => {
    if (typeof node !== 'object' || node === null || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) {
        const child: unknown = node[i];
        if (typeof child === 'object' && child !== null)
          stack.push({ node: child, key: i, parent: place, isNameMap: false });
      }
      return;
    }
    const keys = Object.keys(node);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i];
      const value = (node as Record<string, unknown>)[key];
      if (!isNameMap) {
        if (DATA_KEYS.has(key)) continue;
        const slots = Object.hasOwn(REFERENCE_SLOTS, key) ? REFERENCE_SLOTS[key] : undefined;
        if (slots && isObject(value)) found.push(...referencesIn(value, key, slots, place));
      }
      if (typeof value !== 'object' || value === null) continue;
      // A name map's members are definitions; an array under a name-map key (operation `parameters`) is a list of them.
      stack.push({
        node: value,
        key,
        parent: place,
        isNameMap: !isNameMap && NAME_MAPS.has(key) && !Array.isArray(value),
      });
    }
  };
  enter(doc, ROOT_LINK, false);
  while (stack.length > 0) {
    const frame = stack.pop()!;
    enter(frame.node, frame, frame.isNameMap);
  }
  // The stack visits children in reverse push order; report in document order.
  return found.sort((a, b) => comparePaths(a.path, b.path, doc));
}

/** A node waiting to be entered, which is also its place: one allocation per node instead of a copy of its path. */
interface Frame extends PathLink {
  node: unknown;
  isNameMap: boolean;
}

/** The operationIds an extension `key` (written at `place`'s node) holds in its `slots`. */
function referencesIn(
  value: Record<string, unknown>,
  key: string,
  slots: readonly (readonly string[])[],
  place: PathLink,
): OperationIdReference[] {
  const references: OperationIdReference[] = [];
  for (const slot of slots) {
    let holder: unknown = value;
    for (const segment of slot.slice(0, -1)) holder = isObject(holder) ? holder[segment] : undefined;
    const last = slot[slot.length - 1];
    if (isObject(holder) && Object.hasOwn(holder, last))
      references.push({
        value: holder[last],
        path: [...linkedPath(place, key), ...slot],
        where: [key, ...slot].join('.'),
      });
  }
  return references;
}

/** Order two paths as their nodes appear in the document (key order, then array index). */
function comparePaths(a: JsonPath, b: JsonPath, doc: unknown): number {
  let node: unknown = doc;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] === b[i]) {
      node = isObject(node) ? node[String(a[i])] : Array.isArray(node) ? node[Number(a[i])] : undefined;
      continue;
    }
    if (Array.isArray(node)) return Number(a[i]) - Number(b[i]);
    if (isObject(node)) {
      const keys = Object.keys(node);
      return keys.indexOf(String(a[i])) - keys.indexOf(String(b[i]));
    }
    return 0;
  }
  return a.length - b.length;
}

/** The operationIds defined in a document (strings only). */
export function operationIdsOf(doc: unknown): Set<string> {
  return new Set(connectorModel(doc).operationsById.keys());
}
