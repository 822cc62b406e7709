import type { DiagnosticFix } from '../fix/types';
import { fixOf } from './fixes';
import { microsoftPointer, validatorMessageOf, type Finding } from './meta';

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
}

export function toJsonFinding(f: Finding): JsonFinding {
  const out: JsonFinding = {
    code: f.code,
    message: f.message,
    severity: f.severity,
    source: f.source,
    range: f.range,
    path: Array.isArray(f.path) ? f.path.map((s) => (typeof s === 'number' ? s : String(s))) : [],
    pointer: microsoftPointer(f.path),
  };
  const validatorMessage = validatorMessageOf(f.code);
  if (validatorMessage) out.validatorMessage = validatorMessage;
  if (f.documentationUrl) out.documentationUrl = f.documentationUrl;
  const fix = fixOf(f);
  if (fix) out.fix = fix;
  return out;
}

/** A JSON array of findings (Spectral's json shape, extended), one element per chunk so big lists stream. */
export function* jsonChunks(findings: Iterable<Finding>): Generator<string> {
  let first = true;
  for (const f of findings) {
    yield `${first ? '[\n  ' : ',\n  '}${JSON.stringify(toJsonFinding(f), null, 2).replace(/\n/g, '\n  ')}`;
    first = false;
  }
  yield first ? '[]\n' : '\n]\n';
}

export function formatJson(findings: readonly Finding[]): string {
  return [...jsonChunks(findings)].join('');
}
