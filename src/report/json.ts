import type { DiagnosticFix } from '../fix/types';
import { escapeJsonText } from './escape';
import { fixOf } from './fixes';
import { counterpartOf, microsoftPointer, validatorMessageOf, type Finding } from './meta';

/** One JSON finding: Spectral's fields plus the Microsoft pointer and validator wording. */
export interface JsonFinding {
  code: string | number;
  message: string;
  severity: number;
  source?: string;
  range: Finding['range'];
  path: Array<string | number>;
  pointer: string;
  validatorMessage?: string;
  documentationUrl?: string;
  /** The edits `ppc-lint fix` would make, when the finding has a fix. */
  fix?: DiagnosticFix;
  /** `ppc-lint diff`: the same place in the other version (old for a change, new for a removal), when it has one. */
  counterpart?: JsonCounterpart;
}

/** The other version's location of a diff finding, with the main location's fields. */
export interface JsonCounterpart {
  side: 'old' | 'new';
  source?: string;
  range: Finding['range'];
  path: Array<string | number>;
  pointer: string;
}

function jsonPath(path: unknown): Array<string | number> {
  if (!Array.isArray(path)) return [];
  // Only printed: the path itself when every segment already is a string or a number, as they nearly always are.
  if (path.every((s) => typeof s === 'string' || typeof s === 'number')) return path;
  return path.map((s) => (typeof s === 'number' ? s : String(s)));
}

export function toJsonFinding(f: Finding): JsonFinding {
  const out: JsonFinding = {
    code: f.code,
    message: f.message,
    severity: f.severity,
    source: f.source,
    range: f.range,
    path: jsonPath(f.path),
    pointer: microsoftPointer(f.path),
  };
  const validatorMessage = validatorMessageOf(f.code);
  if (validatorMessage) out.validatorMessage = validatorMessage;
  if (f.documentationUrl) out.documentationUrl = f.documentationUrl;
  const fix = fixOf(f);
  if (fix) out.fix = fix;
  const c = counterpartOf(f);
  if (c)
    out.counterpart = {
      side: c.side,
      source: c.source,
      range: c.range,
      path: jsonPath(c.path),
      pointer: microsoftPointer(c.path),
    };
  return out;
}

/** Findings per chunk: small enough that a chunk stays short, large enough that one native stringify does the work. */
const CHUNK_FINDINGS = 256;

/**
 * A JSON array of findings (Spectral's json shape, extended) in chunks, so big lists stream. Each chunk is one
 * `JSON.stringify` of a slice of the array, without its brackets: the same text as the whole array, two-space indent.
 */
export function* jsonChunks(findings: Iterable<Finding>): Generator<string> {
  let first = true;
  let slice: JsonFinding[] = [];
  const chunk = (): string => {
    // `[\n  {...},\n  {...}\n]` without the `[\n` and `\n]`.
    const body = escapeJsonText(JSON.stringify(slice, null, 2).slice(2, -2));
    slice = [];
    const out = `${first ? '[\n' : ',\n'}${body}`;
    first = false;
    return out;
  };
  for (const f of findings) {
    slice.push(toJsonFinding(f));
    if (slice.length === CHUNK_FINDINGS) yield chunk();
  }
  if (slice.length > 0) yield chunk();
  yield first ? '[]\n' : '\n]\n';
}
