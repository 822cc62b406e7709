import type { JsonPath } from '@stoplight/types';
import { isObject } from './guards';
import { isInternal } from '../model/visibility';

/**
 * Keys whose values are data (sample payloads, defaults, enum values, test values), not definition text:
 * a `"description": ""` inside an example is part of the sample, so document walks do not enter them.
 */
export const DATA_KEYS: ReadonlySet<string> = new Set([
  'example',
  'examples',
  'default',
  'enum',
  'x-ms-test-value',
  'x-example',
  'x-examples',
  'x-ms-enum-values',
]);

/** Containers whose keys are names (a property called `default`, a definition called `example`), not keywords. */
const MAP_KEYS: ReadonlySet<string> = new Set([
  'properties',
  'definitions',
  'parameters',
  'responses',
  'securityDefinitions',
  'paths',
  'headers',
]);

export interface DocumentVisit {
  node: Record<string, unknown>;
  path: JsonPath;
  /** The node or an ancestor object is `x-ms-visibility: internal`. */
  hidden: boolean;
  /** The key this object is stored under in its parent (a property name when the parent key is `properties`). */
  key: string | number | undefined;
  /** The key of the parent container (`properties`, `parameters`, ...). */
  parentKey: string | number | undefined;
}

/**
 * Visit every object of a JSON document, depth first, skipping data subtrees (DATA_KEYS) and the parameter maps
 * of `x-ms-*` extensions (`x-ms-dynamic-values.parameters` holds argument values, not parameter objects).
 * Iterative (no recursion limit), cycle-safe and capped at `maxNodes` objects. Never throws.
 */
export function walkDocument(doc: unknown, visit: (v: DocumentVisit) => void, maxNodes = 500_000): void {
  type Frame = { value: unknown; path: JsonPath; hidden: boolean; inExtension: boolean };
  const stack: Frame[] = [{ value: doc, path: [], hidden: false, inExtension: false }];
  const seen = new Set<unknown>();
  let budget = maxNodes;
  while (stack.length > 0 && budget > 0) {
    const { value, path, hidden, inExtension } = stack.pop()!;
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    budget--;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        const child: unknown = value[i];
        if (typeof child === 'object' && child !== null)
          stack.push({ value: child, path: [...path, i], hidden, inExtension });
      }
      continue;
    }
    if (!isObject(value)) continue;
    const nowHidden = hidden || isInternal(value);
    visit({ node: value, path, hidden: nowHidden, key: path[path.length - 1], parentKey: path[path.length - 2] });
    const isMap = MAP_KEYS.has(String(path[path.length - 1]));
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i];
      const child = value[key];
      if (typeof child !== 'object' || child === null) continue;
      if (!isMap && DATA_KEYS.has(key)) continue;
      if (inExtension && key === 'parameters' && isObject(child)) continue;
      stack.push({
        value: child,
        path: [...path, key],
        hidden: nowHidden,
        inExtension: inExtension || key.startsWith('x-ms-'),
      });
    }
  }
}
