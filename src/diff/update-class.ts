/**
 * Microsoft's update classes for certified connectors: a "minor" update (4–5 weeks of review) changes only
 * descriptions, summaries, display names, contact, brand colour, publisher/stackOwner, readme or icon; anything else
 * is "major".
 */
import { pathToPointer } from '@stoplight/json';
import type { JsonPath } from '@stoplight/types';
import type { Connector } from '../connector/load';
import { isObject } from '../utils/guards';
import { NAME_MAPS as DOCUMENT_NAME_MAPS } from '../utils/operations-references';

export type UpdateClass = 'new' | 'minor' | 'major';

/**
 * Keys whose changes keep an update minor, anywhere in the file: display texts only. `x-ms-summary`, a schema's
 * `title` and a connection parameter's `displayName` are labels the designer shows, so they count as summaries;
 * `x-ms-visibility` is not among them, as it decides whether a field or operation is shown at all.
 */
const FREE_KEYS: Record<'swagger' | 'apiProperties', ReadonlySet<string>> = {
  swagger: new Set(['description', 'summary', 'x-ms-summary', 'title']),
  apiProperties: new Set(['description', 'tooltip', 'displayName']),
};

/** Paths whose changes are never minor although their key is a display text: the connector's name. */
const IDENTITY_PATHS = new Set(['#/info/title']);

/** Objects whose keys are names (of properties, definitions, parameters…, connection parameters), never texts. */
const NAME_MAPS = new Set([...DOCUMENT_NAME_MAPS, 'connectionParameters']);

/** Paths (from the root) whose changes keep an update minor. */
const FREE_PATHS: Record<'swagger' | 'apiProperties', string[]> = {
  swagger: ['#/info/contact'],
  apiProperties: ['#/properties/iconBrandColor', '#/properties/publisher', '#/properties/stackOwner'],
};

const MAX_REASONS = 20;

/** Whether the last key of the path names a property, definition, parameter… rather than being a text. */
function isName(path: JsonPath): boolean {
  const parent = path[path.length - 2];
  return typeof parent === 'string' && NAME_MAPS.has(parent);
}

function isFree(kind: 'swagger' | 'apiProperties', path: JsonPath): boolean {
  const last = path[path.length - 1];
  const pointer = pathToPointer(path.map(String));
  if (typeof last === 'string' && FREE_KEYS[kind].has(last) && !isName(path) && !IDENTITY_PATHS.has(pointer))
    return true;
  return FREE_PATHS[kind].some((p) => pointer === p || pointer.startsWith(`${p}/`));
}

function differences(
  kind: 'swagger' | 'apiProperties',
  a: unknown,
  b: unknown,
  path: JsonPath,
  out: JsonPath[],
  seen: Set<unknown>,
): void {
  if (out.length > MAX_REASONS * 5 || a === b || isFree(kind, path)) return;
  if (
    typeof a !== 'object' ||
    a === null ||
    typeof b !== 'object' ||
    b === null ||
    Array.isArray(a) !== Array.isArray(b)
  ) {
    out.push(path);
    return;
  }
  if (seen.has(a)) return;
  seen.add(a);
  if (Array.isArray(a) && Array.isArray(b)) {
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) {
      if (i >= a.length || i >= b.length) {
        if (!isFree(kind, [...path, i])) out.push([...path, i]);
        continue;
      }
      differences(kind, a[i], b[i], [...path, i], out, seen);
    }
    return;
  }
  if (!isObject(a) || !isObject(b)) return;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const inA = Object.hasOwn(a, key);
    const inB = Object.hasOwn(b, key);
    if (inA && inB) differences(kind, a[key], b[key], [...path, key], out, seen);
    else if (!isFree(kind, [...path, key])) out.push([...path, key]);
  }
}

function describe(file: string, path: JsonPath): string {
  return path.length === 0 ? `${file} changed` : `${file}${pathToPointer(path.map(String))} changed`;
}

/** The update class of a new version against the old one, with the changes that make it major. */
export function classifyUpdate(
  oldConnector: Connector | undefined,
  newConnector: Connector,
  breaking: string[],
): { updateClass: UpdateClass; majorReasons: string[] } {
  if (!oldConnector) return { updateClass: 'new', majorReasons: [] };
  const reasons: string[] = [...breaking];
  const changed: string[] = [];
  const files: Array<['swagger' | 'apiProperties', string]> = [
    ['swagger', newConnector.swagger?.file.name ?? 'apiDefinition.swagger.json'],
    ['apiProperties', 'apiProperties.json'],
  ];
  for (const [kind, name] of files) {
    const before = oldConnector[kind]?.document?.data;
    const after = newConnector[kind]?.document?.data;
    const paths: JsonPath[] = [];
    differences(kind, before, after, [], paths, new Set());
    changed.push(...paths.map((p) => describe(name, p)));
  }
  const oldScripts = new Map(oldConnector.scripts.map((s) => [s.file.name, s.text]));
  const newScripts = new Map(newConnector.scripts.map((s) => [s.file.name, s.text]));
  for (const name of new Set([...oldScripts.keys(), ...newScripts.keys()])) {
    if (oldScripts.get(name) !== newScripts.get(name)) changed.push(`${name} (custom code) changed`);
  }
  if (changed.length > MAX_REASONS) {
    const rest = changed.length - MAX_REASONS;
    changed.length = MAX_REASONS;
    changed.push(`… and ${rest} more change${rest === 1 ? '' : 's'}`);
  }
  reasons.push(...changed);
  return { updateClass: reasons.length > 0 ? 'major' : 'minor', majorReasons: reasons };
}
