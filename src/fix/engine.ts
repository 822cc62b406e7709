import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import type { Edit } from 'jsonc-parser';
import { allRules } from '../rules';
import type { FixKind, FixMeta } from '../types';
import { positionAt } from '../connector/text';
import { FIXERS } from './fixers';
import { fixText, type FixText } from './text';
import type { DiagnosticFix, FixFinding, FixProposal, RangedEdit } from './types';

/** The fix each rule declares, by rule id. */
export const FIX_META: ReadonlyMap<string, FixMeta> = new Map(
  allRules.flatMap((r) => (r.definition['x-ppc'].fix ? [[r.id, r.definition['x-ppc'].fix] as const] : [])),
);

/** One finding's fix, as proposed for a file. */
export interface ProposedFix {
  code: string;
  path: ISpectralDiagnostic['path'];
  kind: FixKind;
  description: string;
  edits: Edit[];
}

function asFinding(d: ISpectralDiagnostic): FixFinding {
  return { code: String(d.code), message: d.message, path: d.path, range: d.range, source: d.source };
}

/** The fix a finding has in a file, when its rule declares one and its fixer finds a certain edit. Never throws. */
export function proposeFix(diagnostic: ISpectralDiagnostic, file: FixText): ProposedFix | undefined {
  const code = String(diagnostic.code);
  const meta = FIX_META.get(code);
  const fixer = FIXERS.get(code);
  if (!meta || !fixer || !file.tree) return undefined;
  let proposal: FixProposal | undefined;
  try {
    proposal = fixer({ finding: asFinding(diagnostic), file });
  } catch {
    return undefined;
  }
  if (!proposal || proposal.edits.length === 0) return undefined;
  const kind: FixKind = meta.kind === 'suggestion' || proposal.kind === 'suggestion' ? 'suggestion' : 'safe';
  return {
    code,
    path: diagnostic.path,
    kind,
    description: proposal.description ?? meta.description,
    edits: proposal.edits,
  };
}

function overlaps(a: Edit, b: Edit): boolean {
  if (a.offset === b.offset) return true;
  const [first, second] = a.offset < b.offset ? [a, b] : [b, a];
  return first.offset + first.length > second.offset;
}

function sameEdit(a: Edit, b: Edit): boolean {
  return a.offset === b.offset && a.length === b.length && a.content === b.content;
}

/**
 * The fixes that can be applied together, as ESLint does: in order of position, a fix whose edits touch an edit
 * already taken waits for the next pass (an identical edit proposed twice is taken once).
 */
export function selectFixes(fixes: readonly ProposedFix[]): { applied: ProposedFix[]; edits: Edit[] } {
  const sorted = [...fixes].sort(
    (a, b) => Math.min(...a.edits.map((e) => e.offset)) - Math.min(...b.edits.map((e) => e.offset)),
  );
  const taken: Edit[] = [];
  const applied: ProposedFix[] = [];
  for (const fix of sorted) {
    const fresh = fix.edits.filter((e) => !taken.some((t) => sameEdit(t, e)));
    if (fresh.some((e) => taken.some((t) => overlaps(t, e)))) continue;
    taken.push(...fresh);
    applied.push(fix);
  }
  return { applied, edits: taken };
}

/**
 * Edits applied to a text in one sweep, with jsonc-parser's `applyEdits` order (by offset, then length) and its
 * error on overlapping edits. Its own `applyEdits` copies the whole text once per edit: thousands of fixes in a
 * large definition took minutes.
 */
function spliceEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset || a.length - b.length);
  const pieces: string[] = [];
  let end = text.length;
  for (let i = sorted.length - 1; i >= 0; i--) {
    const e = sorted[i];
    if (e.offset + e.length > end) throw new Error('Overlapping edit');
    pieces.push(text.slice(e.offset + e.length, end), e.content);
    end = e.offset;
  }
  pieces.push(text.slice(0, end));
  return pieces.reverse().join('');
}

/** Apply edits to a text; the result, or undefined when it would no longer be strict JSON. */
export function applyTextEdits(text: string, edits: readonly Edit[]): string | undefined {
  const next = spliceEdits(text, edits);
  return fixText(next).tree ? next : undefined;
}

/**
 * Edits with their line and character ranges. Offsets count a BOM as a character; ranges do not, as editors
 * and the diagnostics' own ranges do not.
 */
export function withRanges(text: string, edits: readonly Edit[]): RangedEdit[] {
  const shift = text.startsWith('\ufeff') ? 1 : 0;
  // On the first line, a BOM is not a character; positions are looked up in the text itself (indexed once).
  const at = (offset: number) => {
    const p = positionAt(text, Math.max(shift, offset));
    return p.line === 0 ? { line: 0, character: p.character - shift } : p;
  };
  return edits.map((e) => ({ ...e, range: { start: at(e.offset), end: at(e.offset + e.length) } }));
}

/** The `fix` a diagnostic carries in reports, when its rule has a fixer and the fixer finds a certain edit. */
export function diagnosticFix(diagnostic: ISpectralDiagnostic, file: FixText | undefined): DiagnosticFix | undefined {
  const proposed = file && proposeFix(diagnostic, file);
  if (!proposed) return undefined;
  return { kind: proposed.kind, description: proposed.description, edits: withRanges(file.text, proposed.edits) };
}
