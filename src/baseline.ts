import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { getLocationForJsonPath, parseWithPointers } from '@stoplight/json';
import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import { toPointer } from './config';
import { PpcInputError } from './connector/errors';
import { readFailure, readRegularText } from './connector/regular-file';
import type { Connector } from './connector/load';
import { isObject, quote } from './utils/guards';
import { maskSecrets, sanitizeMessage } from './utils/sanitize';
import { openForWriting } from './utils/open-for-writing';

/** What identifies a finding across edits: never its line, so moved code is not new. */
export interface FindingKey {
  rule: string;
  /** File relative to a base folder, with forward slashes. */
  file: string;
  /** JSON pointer of the finding inside the file ('' for the whole file), its secrets masked as reports mask them. */
  pointer: string;
  /** Hash of the offending value, or of the message with numbers stripped when the path holds no plain value. */
  fingerprint: string;
}

export interface BaselineEntry extends FindingKey {
  /** How many findings share this key. */
  count: number;
  /** A short message for people reading the file; not used for matching. */
  message: string;
}

export interface Baseline {
  version: 1;
  findings: BaselineEntry[];
}

export const BASELINE_STALE_CODE = 'ppc-baseline-stale';

/** The parsed JSON documents of a connector, by absolute path, to look up offending values. */
export function documentsOf(connector: Connector | undefined): Map<string, unknown> {
  const docs = new Map<string, unknown>();
  if (!connector) return docs;
  for (const loaded of [connector.swagger, connector.apiProperties, connector.settings]) {
    if (loaded?.document) docs.set(loaded.file.path, loaded.document.data);
  }
  return docs;
}

function valueAt(data: unknown, jsonPath: readonly (string | number)[]): { found: boolean; value?: unknown } {
  let node = data;
  for (const seg of jsonPath) {
    if (Array.isArray(node)) {
      const i = typeof seg === 'number' ? seg : /^\d+$/.test(seg) ? Number(seg) : -1;
      if (i < 0 || i >= node.length) return { found: false };
      node = node[i];
    } else if (isObject(node) && Object.hasOwn(node, String(seg))) {
      node = node[String(seg)];
    } else {
      return { found: false };
    }
  }
  return { found: true, value: node };
}

function hash(text: string): string {
  // 48 bits: keys also hold rule, file and pointer, so a collision needs two findings at one place.
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

/**
 * The fingerprint of a finding: its offending plain value when the path holds one, else its message without numbers.
 */
export function fingerprint(d: ISpectralDiagnostic, documents: ReadonlyMap<string, unknown>): string {
  // Findings from worker threads carry the fingerprint computed where their documents were.
  const carried = (d as { fingerprint?: unknown }).fingerprint;
  if (typeof carried === 'string') return carried;
  const data = d.source ? documents.get(d.source) : undefined;
  if (data !== undefined) {
    const { found, value } = valueAt(data, d.path);
    if (found && (value === null || typeof value !== 'object')) return hash(`v:${JSON.stringify(value)}`);
  }
  return hash(`m:${d.message.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim()}`);
}

/** A file path relative to `baseDir`, with forward slashes. */
export function relativeFile(source: string | undefined, baseDir: string): string {
  if (!source) return '';
  return path.relative(baseDir, source).split(path.sep).join('/');
}

/** A JSON pointer with the secrets in each of its keys masked, as reports mask a finding's path. */
export function maskedPointer(pointer: string): string {
  if (pointer === '') return pointer;
  const keys = pointer
    .slice(1)
    .split('/')
    .map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'));
  return toPointer(keys.map(maskSecrets));
}

export function findingKey(
  d: ISpectralDiagnostic,
  baseDir: string,
  documents: ReadonlyMap<string, unknown>,
): FindingKey {
  return {
    rule: String(d.code),
    file: relativeFile(d.source, baseDir),
    // A key may name a credential (an operation path with a token in it): the baseline file must not hold it.
    pointer: maskedPointer(toPointer(d.path)),
    fingerprint: fingerprint(d, documents),
  };
}

function keyString(k: FindingKey): string {
  return JSON.stringify([k.rule, k.file, k.pointer, k.fingerprint]);
}

/** Findings with the documents they were found in, as a lint run returns them. */
export interface Findings {
  diagnostics: readonly ISpectralDiagnostic[];
  /** Absent when the findings already carry their fingerprints (from worker threads). */
  connector?: Connector;
}

/**
 * The findings of `current` that are not in `previous`, matched by key as a multiset (two equal findings before
 * and three after leave one new). Each side's files are taken relative to its own base folder.
 */
export function newFindings(
  current: Findings,
  currentBase: string,
  previous: Findings,
  previousBase: string,
): ISpectralDiagnostic[] {
  const prevDocs = documentsOf(previous.connector);
  const remaining = new Map<string, number>();
  for (const d of previous.diagnostics) {
    const k = keyString(findingKey(d, previousBase, prevDocs));
    remaining.set(k, (remaining.get(k) ?? 0) + 1);
  }
  const docs = documentsOf(current.connector);
  return current.diagnostics.filter((d) => {
    const k = keyString(findingKey(d, currentBase, docs));
    const left = remaining.get(k) ?? 0;
    if (left === 0) return true;
    remaining.set(k, left - 1);
    return false;
  });
}

function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  const order = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  return (
    order(a.file, b.file) || order(a.rule, b.rule) || order(a.pointer, b.pointer) || order(a.fingerprint, b.fingerprint)
  );
}

const MESSAGE_MAX = 60;

/** A baseline of the given findings, with files relative to the baseline file's folder, in a stable order. */
export function createBaseline(results: readonly Findings[], baselineFile: string): Baseline {
  const baseDir = path.dirname(path.resolve(baselineFile));
  const entries = new Map<string, BaselineEntry>();
  for (const result of results) {
    const docs = documentsOf(result.connector);
    for (const d of result.diagnostics) {
      if (d.code === BASELINE_STALE_CODE) continue;
      const key = findingKey(d, baseDir, docs);
      const k = keyString(key);
      const entry = entries.get(k);
      if (entry) entry.count++;
      else {
        const message = sanitizeMessage(d.message).replace(/\s+/g, ' ').trim();
        entries.set(k, {
          ...key,
          count: 1,
          message: message.length > MESSAGE_MAX ? `${message.slice(0, MESSAGE_MAX - 1)}…` : message,
        });
      }
    }
  }
  return { version: 1, findings: [...entries.values()].sort(compareEntries) };
}

/** The baseline as text: findings grouped by file, one per line, so that diffs of the file stay readable. */
export function serializeBaseline(baseline: Baseline): string {
  const byFile = new Map<string, BaselineEntry[]>();
  for (const e of baseline.findings) {
    const list = byFile.get(e.file);
    if (list) list.push(e);
    else byFile.set(e.file, [e]);
  }
  const files = [...byFile.entries()].map(([file, entries]) => {
    const lines = entries.map((e) => {
      const item: Record<string, string | number> = { rule: e.rule, pointer: e.pointer, fingerprint: e.fingerprint };
      if (e.count !== 1) item.count = e.count;
      item.message = e.message;
      return `      ${JSON.stringify(item)}`;
    });
    return `    ${JSON.stringify(file)}: [\n${lines.join(',\n')}\n    ]`;
  });
  return `{\n  "version": 1,\n  "generator": "ppc-lint",\n  "files": {${files.length ? `\n${files.join(',\n')}\n  ` : ''}}\n}\n`;
}

export async function writeBaseline(file: string, results: readonly Findings[]): Promise<Baseline> {
  const baseline = createBaseline(results, file);
  try {
    const handle = await openForWriting(file);
    try {
      await handle.writeFile(serializeBaseline(baseline), 'utf8');
    } finally {
      await handle.close();
    }
  } catch (e) {
    throw new PpcInputError(`${file}: cannot write baseline (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return baseline;
}

type StoredEntry = Omit<BaselineEntry, 'file' | 'count' | 'message'> & { count?: number; message?: unknown };

function isEntry(value: unknown): value is StoredEntry {
  return (
    isObject(value) &&
    typeof value.rule === 'string' &&
    typeof value.pointer === 'string' &&
    typeof value.fingerprint === 'string' &&
    (value.count === undefined || (typeof value.count === 'number' && Number.isInteger(value.count) && value.count > 0))
  );
}

/**
 * Parse a baseline's text. Anything that is not a baseline is a `PpcInputError`: a bad baseline never passes silently.
 */
export function parseBaseline(text: string, file: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (e) {
    throw new PpcInputError(
      `${file}: the baseline is not valid JSON (${(e as Error).message}); regenerate it with --write-baseline`,
    );
  }
  if (!isObject(data) || data.version !== 1 || !isObject(data.files)) {
    throw new PpcInputError(
      `${file}: not a ppc-lint baseline (expected { "version": 1, "files": { ... } }); regenerate it with --write-baseline`,
    );
  }
  const findings: BaselineEntry[] = [];
  for (const [name, entries] of Object.entries(data.files)) {
    if (!Array.isArray(entries))
      throw new PpcInputError(
        `${file}: files[${JSON.stringify(name)}] must be a list of findings; regenerate the baseline with --write-baseline`,
      );
    entries.forEach((entry: unknown, i: number) => {
      if (!isEntry(entry)) {
        throw new PpcInputError(
          `${file}: files[${JSON.stringify(name)}][${i}] needs string "rule", "pointer" and "fingerprint"; regenerate the baseline with --write-baseline`,
        );
      }
      findings.push({
        rule: entry.rule,
        file: name,
        pointer: entry.pointer,
        fingerprint: entry.fingerprint,
        count: entry.count ?? 1,
        message: typeof entry.message === 'string' ? entry.message : '',
      });
    });
  }
  return { version: 1, findings };
}

export async function readBaseline(file: string): Promise<{ baseline: Baseline; text: string }> {
  let text: string;
  try {
    text = await readRegularText(file);
  } catch (e) {
    throw new PpcInputError(`${file}: cannot read baseline${readFailure(e, true)}`);
  }
  return { baseline: parseBaseline(text, path.resolve(file)), text };
}

export interface BaselineOutcome {
  /** Findings not in the baseline. */
  diagnostics: ISpectralDiagnostic[];
  /** Entries (of the linted targets) that no finding matched any more, with how many are left unmatched. */
  stale: BaselineEntry[];
  /** The stale entries as info findings located in the baseline file. */
  staleDiagnostics: ISpectralDiagnostic[];
}

/**
 * Drop the findings a baseline accepts. Entries under the linted targets that match nothing are stale;
 * entries of other folders are left alone (they were not linted in this run).
 */
export function applyBaseline(
  results: readonly (Findings & { target: string })[],
  baseline: Baseline,
  baselineFile: string,
  baselineText = '',
): BaselineOutcome {
  const abs = path.resolve(baselineFile);
  const baseDir = path.dirname(abs);
  const remaining = new Map<string, { entry: BaselineEntry; left: number; index: number }>();
  const perFile = new Map<string, number>();
  for (const entry of baseline.findings) {
    // The entry's position in its file's list, to locate it in the baseline text.
    const index = perFile.get(entry.file) ?? 0;
    perFile.set(entry.file, index + 1);
    // Older baselines hold raw pointers: mask them as findings' keys are masked, so they still match.
    const key = keyString({ ...entry, pointer: maskedPointer(entry.pointer) });
    const same = remaining.get(key);
    if (same) same.left += entry.count;
    else remaining.set(key, { entry, left: entry.count, index });
  }
  const diagnostics: ISpectralDiagnostic[] = [];
  for (const result of results) {
    const docs = documentsOf(result.connector);
    for (const d of result.diagnostics) {
      const slot = remaining.get(keyString(findingKey(d, baseDir, docs)));
      if (slot && slot.left > 0) slot.left--;
      else diagnostics.push(d);
    }
  }
  const scopes = results.map((r) => relativeFile(path.resolve(r.target), baseDir));
  const inScope = (file: string): boolean => scopes.some((s) => s === '' || file === s || file.startsWith(`${s}/`));
  const stale = [...remaining.values()].filter((s) => s.left > 0 && inScope(s.entry.file));
  let parsed: ReturnType<typeof parseWithPointers> | undefined;
  try {
    parsed = baselineText ? parseWithPointers(baselineText) : undefined;
  } catch {
    parsed = undefined;
  }
  const staleDiagnostics = stale.map(({ entry, left, index }): ISpectralDiagnostic => {
    const at = ['files', entry.file, index];
    const range = (parsed && getLocationForJsonPath(parsed, at)?.range) ?? {
      start: { line: 0, character: 0 },
      end: { line: 0, character: 0 },
    };
    return {
      code: BASELINE_STALE_CODE,
      message: `Baseline entry for ${entry.rule} in ${quote(entry.file)} at ${quote(entry.pointer || '/')} matches no finding any more${left > 1 ? ` (${left} of ${entry.count})` : ''}; it was fixed: rewrite the baseline with --write-baseline.`,
      path: at,
      severity: 2,
      source: abs,
      range,
    };
  });
  return { diagnostics, stale: stale.map((s) => s.entry), staleDiagnostics };
}
