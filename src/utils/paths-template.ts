import type { IFunctionResult } from '@stoplight/spectral-core';
import { isObject } from './guards';

/** One `{...}` variable of a path template, as written. */
export interface TemplateVariable {
  /** The text between the braces, e.g. `id`, `id=1`, `Forecast job Id`. */
  inner: string;
  /** The name a parameter must carry to fill it: `inner` without a `=default`, an RFC 6570 operator or a `*`. */
  name: string;
  /** Zero-based index of the `/`-separated segment that holds it (segment 0 is before the first `/`). */
  segment: number;
}

export interface ParsedTemplate {
  /** Well-formed variables (closed, not nested, not empty, inside one segment), in order. */
  variables: TemplateVariable[];
  /** Malformed-template problems, each a short phrase naming the offending text. */
  problems: string[];
}

/**
 * Split a path key into its template variables, and describe any brace that does not enclose a variable
 * inside a single URL segment. Never throws; linear in the key length.
 */
export function parsePathTemplate(key: string): ParsedTemplate {
  const variables: TemplateVariable[] = [];
  const problems: string[] = [];
  let depth = 0;
  let start = -1;
  let nested = false;
  let segment = 0;
  let startSegment = 0;
  for (let i = 0; i < key.length; i++) {
    const c = key[i];
    if (c === '/') segment++;
    if (c === '{') {
      if (depth === 0) {
        start = i;
        startSegment = segment;
        nested = false;
      } else nested = true;
      depth++;
    } else if (c === '}') {
      if (depth === 0) {
        problems.push(`a "}" with no "{" before it (at character ${i + 1})`);
        continue;
      }
      depth--;
      if (depth > 0) continue;
      const raw = key.slice(start, i + 1);
      const inner = raw.slice(1, -1);
      if (nested) problems.push(`nested braces in "${raw}"`);
      else if (startSegment !== segment) problems.push(`variable "${raw}" spans more than one segment`);
      else if (inner.trim() === '') problems.push(`an empty variable "${raw}"`);
      else variables.push({ inner, name: variableName(inner), segment });
    }
  }
  if (depth > 0) problems.push(`a "{" that is never closed ("${key.slice(start, start + 30)}")`);
  return { variables, problems };
}

/** The parameter name a template variable binds: without `=default`, RFC 6570 operators and explode `*`. */
export function variableName(inner: string): string {
  return inner
    .split('=')[0]
    .replace(/^[+#./;?&]+/, '')
    .replace(/(?<!\*)\*+$/, '');
}

/** The kind of one `/`-separated segment. */
export type SegmentKind = 'static' | 'variable' | 'mixed';

export function segmentKind(segment: string): SegmentKind {
  if (/^\{[^{}]*\}$/.test(segment)) return 'variable';
  return /[{}]/.test(segment) ? 'mixed' : 'static';
}

/** A path key with every variable replaced by `{}` and letters lower-cased: equal shapes route the same. */
export function templateShape(key: string): string {
  return key.replace(/\{[^{}/]*\}/g, '{}').toLowerCase();
}

/**
 * Whether `text` is the static pieces of a template in order with at least one character in place of each
 * variable (a `*`-style wildcard match). Leftmost matching of each piece is optimal, so this is linear and
 * never backtracks, whatever the number of variables.
 */
function piecesMatch(pieces: string[], text: string): boolean {
  const first = pieces[0] ?? '';
  const last = pieces[pieces.length - 1] ?? '';
  if (pieces.length === 1) return text === first;
  if (!text.startsWith(first)) return false;
  let pos = first.length;
  for (let i = 1; i < pieces.length - 1; i++) {
    const piece = pieces[i];
    const at = text.indexOf(piece, pos + 1);
    if (at < 0) return false;
    pos = at + piece.length;
  }
  return text.length - last.length >= pos + 1 && text.endsWith(last);
}

/** Whether a concrete static segment can be matched by a segment that holds variables. */
export function segmentMatches(templated: string, concrete: string): boolean {
  if (concrete === '') return false;
  const kind = segmentKind(templated);
  if (kind === 'variable') return true;
  if (kind === 'static') return templated.toLowerCase() === concrete.toLowerCase();
  return piecesMatch(templated.toLowerCase().split(/\{[^{}]*\}/), concrete.toLowerCase());
}

/** The keys of `paths` when it is an object (never for null, arrays or scalars). */
export function pathKeys(paths: unknown): string[] {
  return isObject(paths) ? Object.keys(paths) : [];
}

/** The path items of `paths` that are objects, with their keys, in document order. */
export function pathItems(paths: unknown): Array<[string, Record<string, unknown>]> {
  if (!isObject(paths)) return [];
  return Object.entries(paths).filter((entry): entry is [string, Record<string, unknown>] => isObject(entry[1]));
}

/**
 * One finding per path key for which `check` returns an error text, located at the key (`['paths', key]`).
 * `paths` that is not an object gives nothing.
 */
export function pathKeyFindings(paths: unknown, check: (key: string) => string | undefined): IFunctionResult[] {
  const results: IFunctionResult[] = [];
  for (const key of pathKeys(paths)) {
    const message = check(key);
    if (message !== undefined) results.push({ message, path: ['paths', key] });
  }
  return results;
}
