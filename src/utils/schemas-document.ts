import { isObject } from './guards';
import { isInternal } from '../model/visibility';
import { ROOT_LINK, type PathLink } from './path-links';

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
  /** Where the node is; `linkedPath` gives its path, built only for what a rule reports. */
  place: PathLink;
  /** The node or an ancestor object is `x-ms-visibility: internal`. */
  hidden: boolean;
  /** The key this object is stored under in its parent (a property name when the parent key is `properties`). */
  key: string | number | undefined;
  /** The key of the parent container (`properties`, `parameters`, ...). */
  parentKey: string | number | undefined;
}

/** A node waiting to be visited, which is also its place: one object per node instead of a copy of its path. */
interface Frame extends PathLink {
  value: unknown;
  hidden: boolean;
  inExtension: boolean;
}

/**
 * Visit every object of a JSON document, depth first, skipping data subtrees (DATA_KEYS) and the parameter maps
 * of `x-ms-*` extensions (`x-ms-dynamic-values.parameters` holds argument values, not parameter objects).
 * Iterative (no recursion limit), cycle-safe and capped at `maxNodes` objects. Never throws.
 */
export function walkDocument(doc: unknown, visit: (v: DocumentVisit) => void, maxNodes = 500_000): void {
  const stack: Frame[] = [];
  const seen = new Set<unknown>();
  let budget = maxNodes;
  const enter = (value: unknown, place: PathLink, hidden: boolean, inExtension: boolean): void => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    budget--;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        const child: unknown = value[i];
        if (typeof child === 'object' && child !== null)
          stack.push({ value: child, key: i, parent: place, hidden, inExtension });
      }
      return;
    }
    if (!isObject(value)) return;
    const nowHidden = hidden || isInternal(value);
    // The root's key is no key: it and its children have none above them.
    const ownKey = place.parent ? place.key : undefined;
    const parentKey = place.parent?.parent ? place.parent.key : undefined;
    visit({ node: value, place, hidden: nowHidden, key: ownKey, parentKey });
    const isMap = MAP_KEYS.has(String(ownKey));
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i];
      const child = value[key];
      if (typeof child !== 'object' || child === null) continue;
      if (!isMap && DATA_KEYS.has(key)) continue;
      if (inExtension && key === 'parameters' && isObject(child)) continue;
      stack.push({
        value: child,
        key,
        parent: place,
        hidden: nowHidden,
        inExtension: inExtension || key.startsWith('x-ms-'),
      });
    }
  };
  if (budget > 0) enter(doc, ROOT_LINK, false, false);
  while (stack.length > 0 && budget > 0) {
    const frame = stack.pop()!;
    enter(frame.value, frame, frame.hidden, frame.inExtension);
  }
}
