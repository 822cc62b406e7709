import type { RuleDefinition } from '@stoplight/spectral-core';
import type { IRange, JsonPath } from '@stoplight/types';
import type { Connector } from './connector/load';

/**
 * A second location of a finding: for a `ppc-lint diff` finding, the same place in the other version of the
 * connector (where it was in the old one, or what replaced it in the new one). Reports show it next to the main one.
 */
export interface FindingCounterpart {
  /** The version it is in. */
  side: 'old' | 'new';
  /** The file, named as the main location's `source` is (a `ref:path` when read from git). */
  source?: string;
  path: JsonPath;
  range: IRange;
}

/** The severities a ppc rule may ship with. */
export type Severity = 'error' | 'warn' | 'info' | 'hint';

/** The three published profiles. */
export type Profile = 'certified' | 'independent-publisher' | 'custom';
export const PROFILES: readonly Profile[] = ['certified', 'independent-publisher', 'custom'];

/** One JSON-Patch-style edit applied to the valid example connector to build a documentation example. */
export type ExampleEdit = { op: 'set'; path: string; value: unknown } | { op: 'remove'; path: string };

export interface RuleExample {
  /** One line saying what this example shows. */
  description: string;
  /** Edits applied to `fixtures/connectors/valid/apiDefinition.swagger.json`. */
  edits?: ExampleEdit[];
  /**
   * For folder rules: files written over a copy of `fixtures/connectors/valid/` (file name → content,
   * `null` deletes the file). Content may be a string (written as is), a JSON value (written with 4-space indent)
   * or bytes in base64 (an image).
   */
  files?: Record<string, string | null | { json: unknown } | { base64: string }>;
}

/** Certification metadata, stored under the `x-ppc` key that Spectral accepts on a rule. */
export interface PpcMeta {
  /** Requirement ids of `requirements.md` this rule implements (without the `ppc-` prefix). */
  requirements: string[];
  /** Section of requirements.md, e.g. "2.2". */
  section: string;
  /** Sources named in the catalog (L-SVR codes, PR numbers, ...). */
  sources: string[];
  /** The Microsoft validator message this rule corresponds to, when there is one. */
  validatorMessage?: string;
  /** Level the sources state (E/W/I) before calibration. */
  specLevel: 'E' | 'W' | 'I' | 'E/W';
  /**
   * Severity per profile where it differs from the rule's default severity.
   * `false` leaves the rule out of that profile.
   * The custom profile holds only what the platform rejects on import, so it is opt-in per rule.
   */
  profiles?: Partial<Record<Profile, Severity | false>>;
  /** Whether the rule belongs to the custom (private connector) profile. */
  custom?: boolean;
  /**
   * Calibration note: why an error-level rule may fire above the 2% bound on recent certified connectors,
   * with the measured rate (fraction 0..1) the corpus test allows.
   */
  calibration?: { allowedRecentCertifiedRate: number; reason: string };
  examples: { invalid: RuleExample[]; valid: RuleExample[] };
  /**
   * The automatic fix the rule offers (its fixer is `src/fix/fixers/<rule-id>.ts`). `safe` fixes are applied by
   * `ppc-lint fix`: no behaviour changes for a flow that already uses the connector; `suggestion` fixes are
   * applied only with `--suggestions`. A fixer may downgrade one finding's fix to a suggestion, never upgrade it.
   */
  fix?: FixMeta;
}

export type FixKind = 'safe' | 'suggestion';

export interface FixMeta {
  kind: FixKind;
  /** What the fix does, one line: `Removes the final punctuation and trailing spaces.` */
  description: string;
}

/** A Spectral rule definition carrying our metadata. */
export type PpcRuleDefinition = RuleDefinition & { 'x-ppc': PpcMeta };

/** A rule with its public id (kebab-case, `ppc-` prefixed). */
export interface PpcRule {
  id: string;
  kind: 'spectral';
  definition: PpcRuleDefinition;
}

/** Any rule of the package. */
export type AnyRule = PpcRule | FolderRule;

/** A folder-level rule: it sees the whole connector (files, raw text), not one parsed document. */
export interface FolderRuleDefinition {
  description: string;
  severity: Severity;
  documentationUrl: string;
  'x-ppc': PpcMeta;
  /** Findings for this connector. Never throws. */
  check(connector: Connector): FolderFinding[];
}

export interface FolderFinding {
  message: string;
  /** Absolute path of the file the finding is about; the connector folder when absent. */
  source?: string;
  /** Location inside the file (zero-based); the file's start when absent. */
  range?: IRange;
  /** JSON path inside the file, when there is one. */
  path?: JsonPath;
}

export interface FolderRule {
  id: string;
  kind: 'folder';
  definition: FolderRuleDefinition;
}

export function defineFolderRule(id: string, definition: Omit<FolderRuleDefinition, 'documentationUrl'>): FolderRule {
  assertRuleId(id);
  return { id, kind: 'folder', definition: { ...definition, documentationUrl: ruleDocUrl(id) } };
}

function assertRuleId(id: string): void {
  if (!/^ppc-[a-z0-9]+(-[a-z0-9]+)*$/.test(id))
    throw new Error(`Rule id "${id}" must be kebab-case and start with "ppc-"`);
}

export function defineRule(id: string, definition: Omit<PpcRuleDefinition, 'documentationUrl'>): PpcRule {
  assertRuleId(id);
  return { id, kind: 'spectral', definition: { ...definition, documentationUrl: ruleDocUrl(id) } };
}

export const REPOSITORY_URL = 'https://github.com/spectral-power-platform/spectral-power-platform';

export function ruleDocUrl(id: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${id}.md`;
}
