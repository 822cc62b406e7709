import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import type { Edit } from 'jsonc-parser';
import type { Connector, LoadedFile } from '../connector/load';
import { MAX_PARSE_BYTES } from '../connector/limits';
import { lintConnector } from '../lint';
import type { FixKind, Profile } from '../types';
import { applyTextEdits, diagnosticFix, FIX_META, proposeFix, selectFixes, type ProposedFix } from './engine';
import { fixText, type FixText } from './text';
import type { DiagnosticFix } from './types';

export { FIXERS } from './fixers';
export { FIX_META, proposeFix, selectFixes, applyTextEdits, withRanges, type ProposedFix } from './engine';
export { fixText, parsesAsJson, replaceString, removeNode, insertProperty, type FixText } from './text';
export type { DiagnosticFix, Fixer, FixerInput, FixFinding, FixProposal, RangedEdit } from './types';
export { unifiedDiff } from './diff';

/** A diagnostic that may carry the fix of its finding (`ppc-lint` reports show it). */
export type FixableDiagnostic = ISpectralDiagnostic & { fix?: DiagnosticFix };

export interface FixOptions {
  /** Which profile's rules to lint with. Default: certified. */
  profile?: Profile;
  /** Apply only the fixes of these rule ids (default: every rule with a fix). */
  rules?: readonly string[];
  /** Also apply suggestions, not only safe fixes. */
  suggestions?: boolean;
  /** Compute everything, write nothing (the connector is fixed in a temporary copy). */
  dryRun?: boolean;
  /** Lint → fix rounds at most (default 10); fixes that touch each other are applied in later rounds. */
  maxPasses?: number;
}

/** A fix applied to a file. */
export interface AppliedFix {
  code: string;
  path: ISpectralDiagnostic['path'];
  kind: FixKind;
  description: string;
  edits: Edit[];
  /** The round (1-based) it was applied in; its edits are offsets into the text of that round. */
  pass: number;
}

export interface FixedFile {
  /** Absolute path of the file (of the original, also in a dry run). */
  path: string;
  before: string;
  after: string;
  applied: AppliedFix[];
  /** The new text was written to the file (false in a dry run). */
  written: boolean;
}

export interface FixResult {
  target: string;
  /** The files that changed, in the order first changed. */
  files: FixedFile[];
  /** What remains after fixing (in a dry run: what would remain), each with its `fix` when it has one. */
  diagnostics: FixableDiagnostic[];
  /** Lint → fix rounds run. */
  passes: number;
  /** False when the last round still had fixes to apply (maxPasses reached). */
  stable: boolean;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A file's full text (BOM kept as a character), or undefined when it is not UTF-8, too large or unreadable. */
export async function readFixText(file: string): Promise<string | undefined> {
  try {
    const bytes = await fs.readFile(file);
    if (bytes.length > MAX_PARSE_BYTES) return undefined;
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Replace a file's content atomically: write a temporary file beside it with the same mode, then rename it over
 * the file. An interruption leaves the old or the new file; the temporary file never outlives an error.
 */
export async function writeFileAtomic(target: string, text: string): Promise<void> {
  // Through a symbolic link, replace the file it points to, not the link.
  const file = await fs.realpath(target);
  const { mode } = await fs.stat(file);
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await fs.writeFile(tmp, text, { mode: mode & 0o7777, flag: 'wx' });
    await fs.chmod(tmp, mode & 0o7777);
    await fs.rename(tmp, file);
  } catch (error) {
    await fs.rm(tmp, { force: true });
    throw error;
  }
}

/** The text of a loaded connector file as fixers see it (BOM included); none for files that cannot be written back. */
function loadedFixText(file: LoadedFile | undefined): FixText | undefined {
  if (!file || file.tooLarge || file.invalidUtf8At !== undefined || !file.document) return undefined;
  return fixText(file.bom ? `\ufeff${file.text}` : file.text);
}

/**
 * Give each diagnostic that has a certain fix its `fix` (kind, description, edits with offsets and ranges),
 * from the connector's loaded texts. Returns the same array.
 */
export function attachFixes(diagnostics: ISpectralDiagnostic[], connector: Connector): FixableDiagnostic[] {
  const texts = new Map<string, FixText | undefined>();
  const loaded = [connector.swagger, connector.apiProperties, connector.settings];
  const textOf = (source: string | undefined): FixText | undefined => {
    if (!source) return undefined;
    if (!texts.has(source)) texts.set(source, loadedFixText(loaded.find((f) => f?.file.path === source)));
    return texts.get(source);
  };
  for (const d of diagnostics as FixableDiagnostic[]) {
    if (!FIX_META.has(String(d.code))) continue;
    const fix = diagnosticFix(d, textOf(d.source));
    if (fix) d.fix = fix;
  }
  return diagnostics;
}

/** Copy a connector folder's top-level files (or one file) into a temporary folder; returns the copy's target. */
async function copyTarget(target: string): Promise<{ dir: string; copy: string; original: string }> {
  const original = path.resolve(target);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ppc-fix-'));
  const stat = await fs.stat(original);
  if (stat.isFile()) {
    const copy = path.join(dir, path.basename(original));
    await fs.copyFile(original, copy);
    return { dir, copy, original };
  }
  const copy = path.join(dir, path.basename(original));
  await fs.mkdir(copy);
  for (const entry of await fs.readdir(original, { withFileTypes: true })) {
    if (entry.isFile()) await fs.copyFile(path.join(original, entry.name), path.join(copy, entry.name));
    else if (entry.isDirectory()) await fs.mkdir(path.join(copy, entry.name));
  }
  return { dir, copy, original };
}

/**
 * Fix a connector folder (or one definition file): lint, apply every safe fix (and suggestions when asked) as
 * text edits that keep the formatting, re-lint, and repeat until nothing changes. Files that are not strict
 * JSON are never written. Throws `PpcInputError` for a missing target, as `lintConnector` does.
 */
export async function fixConnector(target: string, options: FixOptions = {}): Promise<FixResult> {
  const profile = options.profile ?? 'certified';
  const maxPasses = Math.max(1, options.maxPasses ?? 10);
  const rules = options.rules ? new Set(options.rules) : undefined;
  const work = options.dryRun ? await copyTarget(target) : undefined;
  const lintTarget = work ? work.copy : target;
  const realPath = (p: string): string => (work && (p === work.copy || p.startsWith(work.copy + path.sep)) ? work.original + p.slice(work.copy.length) : p);
  const files = new Map<string, FixedFile>();
  let passes = 0;
  let stable = false;
  let remaining: FixableDiagnostic[] = [];
  try {
    for (;;) {
      const lint = await lintConnector(lintTarget, { profile });
      if (passes < maxPasses) {
        const changed = await fixPass(lint.diagnostics, { rules, suggestions: options.suggestions === true, pass: passes + 1 }, async (file, before, after, applied) => {
          // A dry run writes into its temporary copy, so the next round lints the fixed text.
          await writeFileAtomic(file, after);
          const key = realPath(file);
          const entry = files.get(key) ?? { path: key, before, after, applied: [], written: !work };
          entry.after = after;
          entry.applied.push(...applied);
          files.set(key, entry);
        });
        if (changed) {
          passes++;
          continue;
        }
      }
      remaining = attachFixes(lint.diagnostics, lint.connector);
      const wanted = (d: FixableDiagnostic): boolean =>
        d.fix?.edits !== undefined && (d.fix.kind === 'safe' || options.suggestions === true) && (!rules || rules.has(String(d.code)));
      stable = !remaining.some(wanted);
      break;
    }
  } finally {
    if (work) await fs.rm(work.dir, { recursive: true, force: true });
  }
  for (const d of remaining) if (d.source) d.source = realPath(d.source);
  return { target, files: [...files.values()], diagnostics: remaining, passes, stable };
}

type Commit = (file: string, before: string, after: string, applied: AppliedFix[]) => Promise<void>;

/** One round: propose the fixes of the diagnostics per file, apply those that fit together. True when a file changed. */
async function fixPass(
  diagnostics: readonly ISpectralDiagnostic[],
  options: { rules?: ReadonlySet<string>; suggestions: boolean; pass: number },
  commit: Commit,
): Promise<boolean> {
  const bySource = new Map<string, ISpectralDiagnostic[]>();
  for (const d of diagnostics) {
    const code = String(d.code);
    if (!d.source || !FIX_META.has(code) || (options.rules && !options.rules.has(code))) continue;
    bySource.set(d.source, [...(bySource.get(d.source) ?? []), d]);
  }
  let changed = false;
  for (const [source, list] of bySource) {
    const text = await readFixText(source);
    if (text === undefined) continue;
    const file = fixText(text);
    if (!file.tree) continue;
    const proposed = list.map((d) => proposeFix(d, file)).filter((f): f is ProposedFix => f !== undefined && (f.kind === 'safe' || options.suggestions));
    if (proposed.length === 0) continue;
    const { applied, edits } = selectFixes(proposed);
    const after = applyTextEdits(text, edits);
    if (after === undefined || after === text) continue;
    await commit(source, text, after, applied.map((f) => ({ ...f, pass: options.pass })));
    changed = true;
  }
  return changed;
}
