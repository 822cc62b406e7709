import * as path from 'node:path';
import { Ruleset, Spectral, type Document, type ISpectralDiagnostic } from '@stoplight/spectral-core';
import { buildApiPropertiesRuleset, buildRuleset, OAS_RULES_OFF, runnableRule } from '../rulesets/build';
import { applyConfig, rulesEnabledBy, type PpcConfig } from './config';
import { loadConnector, type Connector } from './connector/load';
import { RULE_TIME_BUDGET_MS, ruleTimes } from './functions/guard';
import { SEVERITY_CODE, severityIn } from './profiles';
import { GuardedResolver } from './resolver';
import { sanitizeMessage } from './utils/sanitize';
import { apiPropertiesRules, folderRules, spectralRules } from './rules';
import type { Profile } from './types';

export interface LintOptions {
  /** Which profile's rules and severities to apply. Default: certified. */
  profile?: Profile;
  /**
   * A `.spectral.yaml` read by `configFor`/`loadConfig`: its severities, `off` and `overrides` apply to every finding.
   */
  config?: PpcConfig;
}

export interface LintResult {
  /** The folder or file that was linted, as given. */
  target: string;
  connector: Connector;
  /** Findings in Spectral's own shape, sorted by file, line and column. */
  diagnostics: ISpectralDiagnostic[];
}

const rulesetByProfile = new Map<string, Ruleset>();
const apiPropertiesRulesetByProfile = new Map<string, Ruleset>();

/**
 * The compiled ruleset of a profile, built on first use and shared by every run. `extra` names rules the profile
 * leaves out or turns off that a config turns on: they run too (at their own severity; the config sets the final one).
 */
export function rulesetFor(profile: Profile, extra: ReadonlySet<string> = new Set()): Ruleset {
  // Only the rules the profile does not run change the ruleset (and its cache key).
  const added = [...extra]
    .filter((id) => {
      const rule = spectralRules.find((r) => r.id === id);
      return rule ? severityIn(rule, profile) === false : (OAS_RULES_OFF as readonly string[]).includes(id);
    })
    .sort();
  const key = [profile, ...added].join('\n');
  let ruleset = rulesetByProfile.get(key);
  if (!ruleset) {
    const definition = buildRuleset(profile);
    const rules = { ...definition.rules };
    for (const id of added) {
      const rule = spectralRules.find((r) => r.id === id);
      rules[id] = rule ? runnableRule(rule) : true; // true: a spectral:oas rule at its own severity
    }
    ruleset = new Ruleset({ ...definition, rules }, { severity: 'recommended' });
    rulesetByProfile.set(key, ruleset);
  }
  return ruleset;
}

/**
 * The compiled apiProperties.json ruleset of a profile, built on first use and shared by every run. `extra` names
 * rules the profile leaves out that a config turns on: they run too, as in `rulesetFor`.
 */
export function apiPropertiesRulesetFor(profile: Profile, extra: ReadonlySet<string> = new Set()): Ruleset {
  const added = apiPropertiesRules.filter((r) => extra.has(r.id) && severityIn(r, profile) === false);
  const key = [profile, ...added.map((r) => r.id).sort()].join('\n');
  let ruleset = apiPropertiesRulesetByProfile.get(key);
  if (!ruleset) {
    const definition = buildApiPropertiesRuleset(profile);
    const rules = { ...definition.rules };
    for (const rule of added) rules[rule.id] = runnableRule(rule);
    ruleset = new Ruleset({ ...definition, rules }, { severity: 'recommended' });
    apiPropertiesRulesetByProfile.set(key, ruleset);
  }
  return ruleset;
}

/**
 * A Spectral for one run: the profile's shared ruleset and a fresh resolver with no readers, so local `$ref`s
 * resolve and remote or file `$ref`s are reported (never fetched, nothing outside the document is read).
 * A fresh resolver per run also matters for memory: Spectral keeps every document it has seen in a cache keyed
 * by the resolver, so a long-lived instance grows by the size of each linted document.
 */
export function spectralFor(profile: Profile, ruleset: Ruleset = rulesetFor(profile)): Spectral {
  const spectral = new Spectral({ resolver: new GuardedResolver() });
  spectral.setRuleset(ruleset);
  return spectral;
}

/** Locale-independent order, so output bytes do not depend on the machine's ICU data. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The report order: file, line, column, rule; the same on every machine. */
export function byLocation(a: ISpectralDiagnostic, b: ISpectralDiagnostic): number {
  return (
    byCodeUnits(a.source ?? '', b.source ?? '') ||
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    byCodeUnits(String(a.code), String(b.code))
  );
}

/** Run the folder-level rules of a profile (and the `extra` ones a config turns on) over a loaded connector. */
export function runFolderRules(
  connector: Connector,
  profile: Profile,
  extra: ReadonlySet<string> = new Set(),
): ISpectralDiagnostic[] {
  const results: ISpectralDiagnostic[] = [];
  for (const rule of folderRules) {
    const severity = severityIn(rule, profile) || (extra.has(rule.id) ? rule.definition.severity : false);
    if (severity === false) continue;
    for (const finding of rule.definition.check(connector)) {
      results.push({
        code: rule.id,
        message: finding.message,
        path: finding.path ?? [],
        severity: SEVERITY_CODE[severity],
        source: finding.source ?? connector.dir ?? connector.files[0]?.path,
        range: finding.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        documentationUrl: rule.definition.documentationUrl,
      });
    }
  }
  return results;
}

/**
 * Spectral finds a document's formats by converting root values such as `swagger` to text. A value that cannot be
 * converted (an object with a `toString` key of its own) would stop the whole run, so in that case the formats are
 * found here, a format whose check fails counting as not found: the rules of the formats that are found still run,
 * among them the one that reports `swagger`'s value.
 */
function settleFormats(spectral: Spectral, document: Pick<Document, 'data' | 'source' | 'formats'>): Spectral {
  const formats = [...(spectral.ruleset?.formats ?? [])];
  const found = formats.map((format) => {
    try {
      return format(document.data, document.source);
    } catch {
      return undefined;
    }
  });
  if (found.includes(undefined)) {
    const safe = formats.filter((_, i) => found[i] === true);
    document.formats = safe.length > 0 ? new Set(safe) : null;
  }
  return spectral;
}

/**
 * Lint a connector folder (or a single definition file): Spectral with the profile's ruleset over the
 * definition, its apiProperties ruleset over apiProperties.json, then the folder-level rules. Throws `PpcInputError`
 * for a missing or unreadable target.
 */
export async function lintConnector(target: string, options: LintOptions = {}): Promise<LintResult> {
  const profile = options.profile ?? 'certified';
  const connector = await loadConnector(target);
  const extra = options.config ? rulesEnabledBy(options.config) : undefined;
  let diagnostics: ISpectralDiagnostic[] = [];
  const realSource = realSources(connector);
  const document = connector.swagger?.document;
  if (document && isJsonObject(document.data)) {
    try {
      const results = await settleFormats(spectralFor(profile, rulesetFor(profile, extra)), document).run(document);
      // Parser errors are reported once, as ppc-json-valid, by the folder rules.
      for (const r of results) if (r.code !== 'parser') diagnostics.push(realSource(r));
    } catch (error) {
      // One hostile document must not cost the findings of every other folder of the run.
      diagnostics.push(
        internalFinding(
          connector.swagger?.file.path,
          'ppc-lint-failed',
          `The rules could not finish on this document (${error instanceof Error ? error.message : String(error)}); the other files were checked. Simplify the construct named here.`,
        ),
      );
    }
    for (const f of timeoutFindings(document)) diagnostics.push(realSource(f));
  }
  const properties = connector.apiProperties?.document;
  if (properties && isJsonObject(properties.data)) {
    try {
      const results = await settleFormats(
        spectralFor(profile, apiPropertiesRulesetFor(profile, extra)),
        properties,
      ).run(properties);
      for (const r of results)
        if (r.code !== 'parser' && r.code !== 'unrecognized-format') diagnostics.push(realSource(r));
    } catch (error) {
      diagnostics.push(
        internalFinding(
          connector.apiProperties?.file.path,
          'ppc-lint-failed',
          `The rules could not finish on this document (${error instanceof Error ? error.message : String(error)}); the other files were checked. Simplify the construct named here.`,
        ),
      );
    }
  }
  for (const f of runFolderRules(connector, profile, extra)) diagnostics.push(f);
  if (options.config) diagnostics = applyConfig(diagnostics, options.config);
  for (const d of diagnostics) d.message = sanitizeMessage(d.message);
  diagnostics.sort(byLocation);
  return { target, connector, diagnostics };
}

/**
 * Spectral names a document by its normalized path, where every backslash is a separator: the file of a folder
 * named `a\b` becomes `a/b`, a file that is not there. Findings name the real file, which the fingerprints, fixes
 * and reports look up.
 */
function realSources(connector: Connector): (d: ISpectralDiagnostic) => ISpectralDiagnostic {
  const real = new Map<string, string>();
  for (const loaded of [connector.swagger, connector.apiProperties]) {
    if (loaded?.document?.source) real.set(loaded.document.source, loaded.file.path);
  }
  return (d) => {
    const file = d.source === undefined ? undefined : real.get(d.source);
    if (file !== undefined) d.source = file;
    return d;
  };
}

function isJsonObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function internalFinding(source: string | undefined, code: string, message: string, severity = 0): ISpectralDiagnostic {
  return {
    code,
    message,
    path: [],
    severity,
    ...(source ? { source } : {}),
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  };
}

/** `ppc-rule-timeout` for every rule that spent more than its budget on the document (measured, never guessed). */
function timeoutFindings(document: { source: string | null }): ISpectralDiagnostic[] {
  const findings: ISpectralDiagnostic[] = [];
  for (const [rule, ms] of ruleTimes(document)) {
    if (ms <= RULE_TIME_BUDGET_MS) continue;
    findings.push(
      internalFinding(
        document.source ?? undefined,
        'ppc-rule-timeout',
        // No measured times in the text: the report must be the same bytes on every run and with any number of jobs.
        `Rule ${rule} took longer than its ${RULE_TIME_BUDGET_MS} ms budget on this document; its findings may be incomplete. Look for very long values or very many paths.`,
        1,
      ),
    );
  }
  return findings;
}

/** Path of a diagnostic's file relative to `base`, for display. */
export function displayPath(source: string | undefined, base = process.cwd()): string {
  if (!source) return '';
  const rel = path.relative(base, source);
  return rel.startsWith('..') ? source : rel;
}
