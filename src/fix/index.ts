import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import type { Edit } from 'jsonc-parser';
import type { Connector, LoadedFile } from '../connector/load';
import { PpcInputError } from '../connector/errors';
import { MAX_PARSE_BYTES } from '../connector/limits';
import { readRegularFile } from '../connector/regular-file';
import { lintConnector, type LintResult } from '../lint';
import type { PpcConfig } from '../config';
import type { FixKind, Profile } from '../types';
import { quote } from '../utils/guards';
import { applyTextEdits, diagnosticFix, FIX_META, proposeFix, selectFixes, type ProposedFix } from './engine';
import { fixText, isStrictJson, type FixText } from './text';
import type { DiagnosticFix } from './types';
import { readError, writeFileAtomic } from './write';

export { FIXERS } from './fixers';
export { FIX_META, proposeFix, selectFixes, applyTextEdits, withRanges, type ProposedFix } from './engine';
export { fixText, parsesAsJson, replaceString, removeNode, insertProperty, type FixText } from './text';
export type { DiagnosticFix, Fixer, FixerInput, FixFinding, FixProposal, RangedEdit } from './types';
export { unifiedDiff } from './diff';
export { writeFileAtomic, writeError } from './write';

/** A diagnostic that may carry the fix of its finding (`ppc-lint` reports show it). */
export type FixableDiagnostic = ISpectralDiagnostic & { fix?: DiagnosticFix };

export interface FixOptions {
  /** Which profile's rules to lint with. Default: certified. */
  profile?: Profile;
  /** A Spectral config (`.spectral.yaml`) whose rule settings apply, as in `lintConnector`. */
  config?: PpcConfig;
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
  /** The file it was applied to (the original's path, also in a dry run). */
  source: string;
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
  /** Fixes not applied because they made a rule report a new finding; their findings remain, without a `fix`. */
  withheld: WithheldFix[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A file's full text (BOM kept as a character), or undefined when it is not UTF-8, too large or unreadable. */
export async function readFixText(file: string): Promise<string | undefined> {
  try {
    const bytes = await readRegularFile(file);
    if (bytes.length > MAX_PARSE_BYTES) return undefined;
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** The text of a loaded connector file as fixers see it (BOM included); none for files that cannot be written back. */
function loadedFixText(file: LoadedFile | undefined): FixText | undefined {
  if (!file || file.tooLarge || file.invalidUtf8At !== undefined || !file.document) return undefined;
  // Strict JSON without a BOM: the lint's own tree has the same nodes and offsets, so it is not parsed again.
  if (!file.bom && file.tree && (file.strictJson || isStrictJson(file.text))) return fixText(file.text, file.tree);
  return fixText(file.bom ? `\ufeff${file.text}` : file.text);
}

/**
 * Give each diagnostic that has a certain fix its `fix` (kind, description, edits with offsets and ranges),
 * from the connector's loaded texts. Returns the same array.
 */
export function attachFixes(diagnostics: ISpectralDiagnostic[], connector: Connector): FixableDiagnostic[] {
  const textOf = textsOf(connector);
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
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ppc-fix-')).catch((error: unknown) => {
    throw new PpcInputError(
      `cannot make a temporary folder in ${os.tmpdir()} for --dry-run: ${(error as Error).message}`,
    );
  });
  try {
    const copy = path.join(dir, path.basename(original));
    // The copy is ours to write, whatever the original's mode: a dry run of a read-only file still shows its diff.
    const copyFile = (from: string, to: string): Promise<void> =>
      fs.copyFile(from, to).then(
        () => fs.chmod(to, 0o600),
        (error: unknown) => {
          throw readError(from, error);
        },
      );
    if ((await fs.stat(original)).isFile()) {
      await copyFile(original, copy);
      return { dir, copy, original };
    }
    await fs.mkdir(copy);
    for (const entry of await fs.readdir(original, { withFileTypes: true })) {
      if (entry.isFile()) await copyFile(path.join(original, entry.name), path.join(copy, entry.name));
      else if (entry.isDirectory()) await fs.mkdir(path.join(copy, entry.name));
    }
    return { dir, copy, original };
  } catch (error) {
    await fs.rm(dir, { recursive: true, force: true });
    throw error instanceof PpcInputError ? error : readError(original, error);
  }
}

/** A fix withheld because applying it made a rule report a finding that was not there before. */
export interface WithheldFix {
  code: string;
  /** The file of the finding (of the original, also in a dry run). */
  source: string;
  path: ISpectralDiagnostic['path'];
  description: string;
  /** The findings it caused, as `rule at "json.path"` (at most three). */
  caused: string[];
}

/** One round's applied fixes in one file. */
interface RoundFile {
  source: string;
  before: string;
  after: string;
  applied: AppliedFix[];
}

/** A round: the state it started from (its lint, the findings still awaiting their fix) and what it changed. */
interface Round {
  lint: LintResult;
  pending: Map<string, Pending>;
  files: RoundFile[];
}

/** A finding a round added that a later round's fix is expected to remove. */
interface Pending {
  /** The round (index) whose fixes added it. */
  round: number;
  finding: ISpectralDiagnostic;
}

/**
 * After this many searches for the fix that caused a finding, a round that still adds one has all its fixes withheld.
 */
const MAX_SEARCHES = 3;

/** What identifies a finding between rounds: rule, file and JSON path (never the line, which edits move). */
function findingKey(code: string | number, source: string | undefined, jsonPath: ISpectralDiagnostic['path']): string {
  return `${String(code)}\u0000${source ?? ''}\u0000${JSON.stringify(jsonPath.map(String))}`;
}

const keyOf = (d: ISpectralDiagnostic): string => findingKey(d.code, d.source, d.path);

/** Findings that come and go with the machine's speed (a rule over its time budget), not with the text. */
const TIMING_CODES = new Set(['ppc-rule-timeout']);

/**
 * The findings of `after` that `before` does not have (counted, so a second finding at the same place is new);
 * timing findings are left out.
 */
function addedFindings(
  before: readonly ISpectralDiagnostic[],
  after: readonly ISpectralDiagnostic[],
): ISpectralDiagnostic[] {
  const counts = new Map<string, number>();
  for (const d of before) counts.set(keyOf(d), (counts.get(keyOf(d)) ?? 0) + 1);
  const added: ISpectralDiagnostic[] = [];
  for (const d of after) {
    if (TIMING_CODES.has(String(d.code))) continue;
    const n = counts.get(keyOf(d)) ?? 0;
    if (n > 0) counts.set(keyOf(d), n - 1);
    else added.push(d);
  }
  return added;
}

function startsWith(full: ISpectralDiagnostic['path'], prefix: ISpectralDiagnostic['path']): boolean {
  return prefix.length <= full.length && prefix.every((segment, i) => String(segment) === String(full[i]));
}

/**
 * The fixes of a round that plainly caused a finding of their file: a fix inside the node the finding is about
 * (a child renamed), or a fix of a sibling of the finding's node or of a child of such a sibling (the renamed key
 * is the member now reported, or one property of a group now reported alone).
 * None when no fix is that close: then a search finds one.
 */
function blame(finding: ISpectralDiagnostic, fixes: readonly AppliedFix[]): AppliedFix[] {
  // The finding is a sibling of the fixed node or of its parent (a summary renamed in one property of a group).
  const sibling = (f: AppliedFix): boolean =>
    (finding.path.length === f.path.length || finding.path.length === f.path.length - 1) &&
    startsWith(finding.path, f.path.slice(0, finding.path.length - 1));
  return fixes.filter(
    (f) => f.source === finding.source && f.path.length > 0 && (startsWith(f.path, finding.path) || sibling(f)),
  );
}

const describeFinding = (d: ISpectralDiagnostic): string =>
  `${String(d.code)} ${d.path.length > 0 ? `at ${quote(d.path.map(String).join('.'), 120)}` : 'on the file'}`;

/**
 * What remains in a connector whose fix stopped on an input error (a file that cannot be written): its findings as
 * the folder holds it now, with their fixes. None when it cannot be linted either.
 */
export async function findingsAfterFailedFix(
  target: string,
  options: Pick<FixOptions, 'profile' | 'config'> = {},
): Promise<FixableDiagnostic[]> {
  try {
    const { diagnostics, connector } = await lintConnector(target, {
      profile: options.profile ?? 'certified',
      config: options.config,
    });
    return attachFixes(diagnostics, connector);
  } catch (error) {
    if (error instanceof PpcInputError) return [];
    throw error;
  }
}

/**
 * Fix a connector folder (or one definition file): lint, apply every safe fix (and suggestions when asked) as
 * text edits that keep the formatting, re-lint, and repeat until nothing changes. Each round's lint checks the
 * round before: a finding it added must be one a fix of the next rounds removes; otherwise the fixes that caused
 * it are withheld and the round is redone from its old texts, so no fix leaves a finding that was not there.
 * Files that are not strict JSON are never written. Throws `PpcInputError` for a missing target, as
 * `lintConnector` does.
 */
export async function fixConnector(target: string, options: FixOptions = {}): Promise<FixResult> {
  const lintOptions = { profile: options.profile ?? 'certified', config: options.config };
  const maxPasses = Math.max(1, options.maxPasses ?? 10);
  const rules = options.rules ? new Set(options.rules) : undefined;
  const suggestions = options.suggestions === true;
  const work = options.dryRun ? await copyTarget(target) : undefined;
  const lintTarget = work ? work.copy : target;
  const realPath = (p: string): string =>
    work && (p === work.copy || p.startsWith(work.copy + path.sep)) ? work.original + p.slice(work.copy.length) : p;
  const withheld = new Map<string, WithheldFix>();
  const history: Round[] = [];
  let remaining: FixableDiagnostic[] = [];
  let stable = false;
  try {
    let lint = await lintConnector(lintTarget, lintOptions);
    let pending = new Map<string, Pending>();
    /** Withdrawals per round index, to bound the retries of a round. */
    const withdrawals = new Map<number, number>();
    /** The fix a finding would get in the next round: wanted, not withheld, and changing its file. */
    const willFix = (d: ISpectralDiagnostic, texts: TextsOf): boolean => {
      const code = String(d.code);
      if ((rules && !rules.has(code)) || withheld.has(keyOf(d))) return false;
      const file = texts(d.source);
      const fix = file && proposeFix(d, file);
      if (!fix || !file || (fix.kind === 'suggestion' && !suggestions)) return false;
      const next = applyTextEdits(file.text, fix.edits);
      return next !== undefined && next !== file.text;
    };
    for (;;) {
      const texts = textsOf(lint.connector);
      // Check the last round: what it added must be fixed by a later round.
      const last = history[history.length - 1];
      if (last) {
        const present = new Set(lint.diagnostics.map(keyOf));
        for (const key of [...pending.keys()]) if (!present.has(key)) pending.delete(key);
        for (const d of addedFindings(last.lint.diagnostics, lint.diagnostics))
          pending.set(keyOf(d), { round: history.length - 1, finding: d });
      }
      const canFix = history.length < maxPasses;
      let bad = [...pending.values()].filter((p) => !willFix(p.finding, texts));
      let round: RoundFile[] = [];
      if (bad.length === 0 && canFix) {
        round = await fixPass(
          lint.diagnostics,
          { rules, suggestions, pass: history.length + 1, skip: (d) => withheld.has(keyOf(d)) },
          writeFileAtomic,
        );
        // Nothing left to apply: a finding still awaiting its fix will never get it.
        if (round.length === 0) bad = [...pending.values()];
      }
      if (bad.length > 0) {
        // Withhold the fixes of the earliest round at fault and redo that round from its texts and lint.
        const at = Math.min(...bad.map((p) => p.round));
        const from = history[at];
        const fixes = from.files.flatMap((f) => f.applied);
        const tries = withdrawals.get(at) ?? 0;
        // Undo the rounds from the last to the one at fault; the earliest text of each file is the one kept.
        for (const r of history.slice(at).reverse()) for (const f of r.files) await writeFileAtomic(f.source, f.before);
        const culprits = new Map<string, { fix: AppliedFix; caused: ISpectralDiagnostic[] }>();
        const atFault = bad.filter((b) => b.round === at);
        let searched = false;
        for (const p of atFault) {
          // The fixes plainly at fault; else one fix the finding needs, searched for one finding per retry; at last
          // all.
          let blamed = tries < MAX_SEARCHES ? blame(p.finding, fixes) : fixes;
          if (blamed.length === 0 && !searched) {
            blamed = [await searchCulprit(from, keyOf(p.finding), () => lintConnector(lintTarget, lintOptions))];
            searched = true;
          }
          for (const fix of blamed) {
            const key = findingKey(fix.code, fix.source, fix.path);
            const entry = culprits.get(key) ?? { fix, caused: [] };
            entry.caused.push(p.finding);
            culprits.set(key, entry);
          }
        }
        for (const [key, { fix, caused }] of culprits) {
          withheld.set(key, {
            code: fix.code,
            source: realPath(fix.source),
            path: fix.path,
            description: fix.description,
            caused: caused.slice(0, 3).map(describeFinding),
          });
        }
        history.length = at;
        lint = from.lint;
        pending = new Map(from.pending);
        withdrawals.set(at, (withdrawals.get(at) ?? 0) + 1);
        for (const k of [...withdrawals.keys()]) if (k > at) withdrawals.delete(k);
        continue;
      }
      if (round.length === 0) {
        remaining = attachFixes(lint.diagnostics, lint.connector);
        break;
      }
      history.push({ lint, pending: new Map(pending), files: round });
      lint = await lintConnector(lintTarget, lintOptions);
    }
    for (const d of remaining) if (withheld.has(keyOf(d))) delete d.fix;
    const wanted = (d: FixableDiagnostic): boolean =>
      d.fix?.edits !== undefined && (d.fix.kind === 'safe' || suggestions) && (!rules || rules.has(String(d.code)));
    stable = !remaining.some(wanted);
  } finally {
    if (work) await fs.rm(work.dir, { recursive: true, force: true });
  }
  const files = new Map<string, FixedFile>();
  for (const r of history) {
    for (const f of r.files) {
      const key = realPath(f.source);
      const entry = files.get(key) ?? { path: key, before: f.before, after: f.after, applied: [], written: !work };
      entry.after = f.after;
      entry.applied.push(...f.applied.map((a) => ({ ...a, source: key })));
      files.set(key, entry);
    }
  }
  const stillFound = new Set(remaining.map(keyOf));
  const withheldNow = [...withheld.entries()].filter(([key]) => stillFound.has(key)).map(([, w]) => w);
  for (const d of remaining) if (d.source) d.source = realPath(d.source);
  return {
    target,
    files: [...files.values()],
    diagnostics: remaining,
    passes: history.length,
    stable,
    withheld: withheldNow,
  };
}

/**
 * One fix of a round that the finding needs: with the files at the round's start, drop half of the candidates
 * from the round's fixes and lint; when the finding goes, the fix is in that half, else the half is not needed
 * and stays out. About log2(fixes) lints. Leaves the files at the round's start.
 */
async function searchCulprit(round: Round, findingKey: string, relint: () => Promise<LintResult>): Promise<AppliedFix> {
  let kept = round.files.flatMap((f) => f.applied);
  let candidates = kept;
  while (candidates.length > 1) {
    const half = new Set(candidates.slice(0, Math.ceil(candidates.length / 2)));
    const trial = kept.filter((f) => !half.has(f));
    for (const file of round.files) {
      const edits = uniqueEdits(trial.filter((f) => file.applied.includes(f)).flatMap((f) => f.edits));
      await writeFileAtomic(file.source, applyTextEdits(file.before, edits) ?? file.before);
    }
    const lint = await relint();
    if (lint.diagnostics.some((d) => keyOf(d) === findingKey)) {
      kept = trial;
      candidates = candidates.filter((f) => !half.has(f));
    } else {
      candidates = [...half];
    }
  }
  for (const file of round.files) await writeFileAtomic(file.source, file.before);
  return candidates[0];
}

/** Edits with an identical one (two fixes proposing the same change) taken once. */
function uniqueEdits(edits: readonly Edit[]): Edit[] {
  const seen = new Set<string>();
  return edits.filter((e) => {
    const key = `${e.offset}:${e.length}:${e.content}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

type TextsOf = (source: string | undefined) => FixText | undefined;

/** The fix texts of a linted connector's files, by path, parsed on first use. */
function textsOf(connector: Connector): TextsOf {
  const texts = new Map<string, FixText | undefined>();
  const loaded = [connector.swagger, connector.apiProperties, connector.settings];
  return (source) => {
    if (!source) return undefined;
    if (!texts.has(source)) texts.set(source, loadedFixText(loaded.find((f) => f?.file.path === source)));
    return texts.get(source);
  };
}

/**
 * One round: propose the fixes of the diagnostics per file, apply those that fit together and write each changed
 * file. Returns what changed, per file.
 */
async function fixPass(
  diagnostics: readonly ISpectralDiagnostic[],
  options: {
    rules?: ReadonlySet<string>;
    suggestions: boolean;
    pass: number;
    skip: (d: ISpectralDiagnostic) => boolean;
  },
  write: (file: string, text: string) => Promise<void>,
): Promise<RoundFile[]> {
  const bySource = new Map<string, ISpectralDiagnostic[]>();
  for (const d of diagnostics) {
    const code = String(d.code);
    if (!d.source || !FIX_META.has(code) || (options.rules && !options.rules.has(code)) || options.skip(d)) continue;
    const list = bySource.get(d.source);
    if (list) list.push(d);
    else bySource.set(d.source, [d]);
  }
  const changed: RoundFile[] = [];
  for (const [source, list] of bySource) {
    const text = await readFixText(source);
    if (text === undefined) continue;
    const file = fixText(text);
    if (!file.tree) continue;
    const proposed = list
      .map((d) => proposeFix(d, file))
      .filter((f): f is ProposedFix => f !== undefined && (f.kind === 'safe' || options.suggestions));
    if (proposed.length === 0) continue;
    const { applied, edits } = selectFixes(proposed);
    const after = applyTextEdits(text, edits);
    if (after === undefined || after === text) continue;
    await write(source, after);
    changed.push({ source, before: text, after, applied: applied.map((f) => ({ ...f, source, pass: options.pass })) });
  }
  return changed;
}
