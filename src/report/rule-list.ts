import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { severityIn } from '../profiles';
import { allRules } from '../rules';
import { PROFILES, type AnyRule, type Profile, type Severity } from '../types';
import { ruleById } from './meta';
import { renderRuleDoc } from './rule-docs';
import { oneLine } from './meta';

export interface RuleListEntry {
  id: string;
  /** Severity per profile; `off` where the profile leaves the rule out. */
  severity: Record<Profile, Severity | 'off'>;
  description: string;
  documentationUrl: string;
  validatorMessage?: string;
}

function entryOf(rule: AnyRule): RuleListEntry {
  const severity = {} as Record<Profile, Severity | 'off'>;
  for (const p of PROFILES) severity[p] = severityIn(rule, p) || 'off';
  const entry: RuleListEntry = {
    id: rule.id,
    severity,
    description: oneLine(rule.definition.description ?? ''),
    documentationUrl: rule.definition.documentationUrl ?? '',
  };
  const vm = rule.definition['x-ppc'].validatorMessage;
  if (vm) entry.validatorMessage = vm;
  return entry;
}

/** Every rule (or those a profile includes), with severities, description and documentation URL. */
export function listRules(profile?: Profile): RuleListEntry[] {
  return allRules.filter((r) => !profile || severityIn(r, profile) !== false).map(entryOf);
}

/** The rule list as text: `id  severity  description`, then the documentation URL, one block per rule. */
export function formatRuleList(entries: readonly RuleListEntry[], profile?: Profile): string {
  const idWidth = Math.min(45, Math.max(0, ...entries.map((e) => e.id.length)));
  const lines: string[] = [];
  for (const e of entries) {
    const sev = profile ? e.severity[profile] : PROFILES.map((p) => e.severity[p]).join('/');
    lines.push(
      `${e.id.padEnd(idWidth)}  ${sev.padEnd(profile ? 5 : 19)}  ${e.description.length > 200 ? `${e.description.slice(0, 199)}…` : e.description}`,
    );
    lines.push(`${' '.repeat(idWidth)}  ${e.documentationUrl}`);
  }
  lines.push(
    '',
    `${entries.length} rules${profile ? ` in the ${profile} profile` : '; severities are certified/independent-publisher/custom'}.`,
  );
  return `${lines.join('\n')}\n`;
}

/** Folders where the shipped `docs/rules` may be, seen from the running bundle (dist/) or the sources (src/report/). */
function docsDirs(): string[] {
  const here = typeof __dirname === 'string' ? __dirname : process.cwd();
  return [path.join(here, '..', 'docs', 'rules'), path.join(here, '..', '..', 'docs', 'rules')];
}

/**
 * The documentation page of a rule: the shipped Markdown file, else rendered from the rule; undefined for unknown ids.
 */
export function ruleDocPage(id: string): string | undefined {
  const rule = ruleById(id);
  if (!rule) return undefined;
  for (const dir of docsDirs()) {
    const file = path.join(dir, `${rule.id}.md`);
    if (existsSync(file)) return readFileSync(file, 'utf8');
  }
  return renderRuleDoc(rule);
}

/** Rule ids close to what was typed, for "did you mean". */
export function similarRuleIds(typed: string, max = 5): string[] {
  const needle = typed.toLowerCase().replace(/^ppc-/, '');
  const words = needle.split(/[^a-z0-9]+/).filter((w) => w.length > 2);
  return allRules
    .map((r) => r.id)
    .filter((id) => id.includes(needle) || words.some((w) => id.includes(w)))
    .slice(0, max);
}
