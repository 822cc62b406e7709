import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { diffRuleDocUrl, renderDiffRuleDoc } from '../diff/docs';
import { diffRules } from '../diff/rules';
import { DIFF_PROFILES, type DiffProfile, type DiffRuleDefinition } from '../diff/types';
import { severityIn } from '../profiles';
import { allRules } from '../rules';
import { PROFILES, type AnyRule, type Profile, type Severity } from '../types';
import { otherCode, renderOtherCodeDoc, TOOL_CODES } from './codes';
import { ruleById } from './meta';
import { renderRuleDoc } from './rule-docs';
import { oneLine } from './meta';

export interface RuleListEntry {
  id: string;
  /** `lint`: a rule of `ppc-lint lint` and the rulesets; `diff`: a rule of `ppc-lint diff`. */
  kind: 'lint' | 'diff';
  /** Severity per profile (`off` where the profile leaves the rule out); a diff rule's per diff profile. */
  severity: Record<Profile, Severity | 'off'> | Record<DiffProfile, Severity>;
  description: string;
  documentationUrl: string;
  validatorMessage?: string;
}

function entryOf(rule: AnyRule): RuleListEntry {
  const severity = {} as Record<Profile, Severity | 'off'>;
  for (const p of PROFILES) severity[p] = severityIn(rule, p) || 'off';
  const entry: RuleListEntry = {
    id: rule.id,
    kind: 'lint',
    severity,
    description: oneLine(rule.definition.description ?? ''),
    documentationUrl: rule.definition.documentationUrl ?? '',
  };
  const vm = rule.definition['x-ppc'].validatorMessage;
  if (vm) entry.validatorMessage = vm;
  return entry;
}

function diffEntryOf(rule: DiffRuleDefinition): RuleListEntry {
  const strict = rule.validatorMessage !== undefined ? 'error' : rule.severity;
  const entry: RuleListEntry = {
    id: rule.id,
    kind: 'diff',
    severity: { default: rule.severity, 'microsoft-strict': strict },
    description: oneLine(rule.description),
    documentationUrl: diffRuleDocUrl(rule.id),
  };
  if (rule.validatorMessage) entry.validatorMessage = rule.validatorMessage;
  return entry;
}

/**
 * Every rule, the diff rules last; with a profile, the lint rules it includes (the diff rules belong to no lint
 * profile).
 */
export function listRules(profile?: Profile): RuleListEntry[] {
  const lint = allRules.filter((r) => !profile || severityIn(r, profile) !== false).map(entryOf);
  return profile ? lint : [...lint, ...diffRules.map(diffEntryOf)];
}

function severities(e: RuleListEntry, profile: Profile | undefined): string {
  const s = e.severity as Record<string, string>;
  if (e.kind === 'diff') return DIFF_PROFILES.map((p) => s[p]).join('/');
  return profile ? s[profile] : PROFILES.map((p) => s[p]).join('/');
}

/** The rule list as text: `id  severity  description`, then the documentation URL, one block per rule. */
export function formatRuleList(entries: readonly RuleListEntry[], profile?: Profile): string {
  const idWidth = Math.min(45, Math.max(0, ...entries.map((e) => e.id.length)));
  const lint = entries.filter((e) => e.kind === 'lint');
  const diff = entries.filter((e) => e.kind === 'diff');
  const lines: string[] = [];
  const block = (e: RuleListEntry): void => {
    const description = e.description.length > 200 ? `${e.description.slice(0, 199)}…` : e.description;
    lines.push(`${e.id.padEnd(idWidth)}  ${severities(e, profile).padEnd(profile ? 5 : 19)}  ${description}`);
    lines.push(`${' '.repeat(idWidth)}  ${e.documentationUrl}`);
  };
  lint.forEach(block);
  if (diff.length > 0) {
    lines.push('', 'Diff rules (ppc-lint diff; severities are default/microsoft-strict):', '');
    diff.forEach(block);
  }
  lines.push(
    '',
    `${lint.length} rules${profile ? ` in the ${profile} profile` : '; severities are certified/independent-publisher/custom'}.`,
  );
  if (diff.length > 0) lines.push(`Plus ${diff.length} rules for ppc-lint diff.`);
  return `${lines.join('\n')}\n`;
}

/** Folders where the shipped `docs/rules` may be, seen from the running bundle (dist/) or the sources (src/report/). */
function docsDirs(): string[] {
  const here = typeof __dirname === 'string' ? __dirname : process.cwd();
  return [path.join(here, '..', 'docs', 'rules'), path.join(here, '..', '..', 'docs', 'rules')];
}

/**
 * The documentation page of a code a report can show: a rule's shipped Markdown file (else rendered from the rule), a
 * diff rule's section of docs/breaking-changes.md, or a short page for the tool's own codes and Spectral's; undefined
 * for unknown codes.
 */
export function ruleDocPage(id: string): string | undefined {
  const rule = ruleById(id);
  if (!rule) return otherDocPage(id);
  for (const dir of docsDirs()) {
    const file = path.join(dir, `${rule.id}.md`);
    if (existsSync(file)) return readFileSync(file, 'utf8');
  }
  return renderRuleDoc(rule);
}

function otherDocPage(id: string): string | undefined {
  const diff = diffRules.find((r) => r.id === id);
  if (diff) return renderDiffRuleDoc(diff);
  const code = otherCode(id);
  return code ? renderOtherCodeDoc(code) : undefined;
}

/** Codes close to what was typed, for "did you mean". */
export function similarRuleIds(typed: string, max = 5): string[] {
  const needle = typed.toLowerCase().replace(/^ppc-/, '');
  const words = needle.split(/[^a-z0-9]+/).filter((w) => w.length > 2);
  return [...allRules, ...diffRules, ...TOOL_CODES]
    .map((r) => r.id)
    .filter((id) => id.includes(needle) || words.some((w) => id.includes(w)))
    .slice(0, max);
}
