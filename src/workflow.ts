import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import { applyBaseline, readBaseline, writeBaseline, type BaselineEntry, type Findings } from './baseline';
import { configFor, type PpcConfig } from './config';
import { lintConnector, type LintResult } from './lint';
import { lintNewOnly } from './new-only';
import type { Profile } from './types';

export interface TargetOptions {
  /** A profile chosen explicitly (e.g. `--profile`); it wins over the config's `extends`. */
  profile?: Profile;
  /** A ruleset file to use instead of the nearest `.spectral.yaml|yml|json` (`--ruleset`). */
  rulesetFile?: string;
  /** Report only the findings introduced since this git ref (`--new-only --base <ref>`). */
  base?: string;
}

export interface TargetResult extends LintResult {
  profile: Profile;
  config?: PpcConfig;
}

/**
 * Lint one target the way `ppc-lint lint` does: with the nearest config (or the given ruleset file), the profile
 * it picks, and, with `base`, only the findings the change since that ref introduced.
 */
export async function lintTarget(target: string, options: TargetOptions = {}): Promise<TargetResult> {
  const config = await configFor(target, options.rulesetFile);
  const profile = options.profile ?? config?.profile ?? 'certified';
  const lintOptions = { profile, config };
  const result = options.base
    ? await lintNewOnly(target, options.base, lintOptions)
    : await lintConnector(target, lintOptions);
  return { ...result, profile, config };
}

/** What finishRun needs of a linted target: in-process results carry the connector, worker results fingerprints. */
export interface RunTarget extends Findings {
  target: string;
  config?: PpcConfig;
  notes?: readonly string[];
}

export interface BaselineOptions {
  /** Report only findings not in this baseline file (`--baseline`). */
  baseline?: string;
  /** Write the findings to this baseline file (`--write-baseline`). */
  writeBaseline?: string;
}

export interface RunOutcome {
  diagnostics: ISpectralDiagnostic[];
  /** Baseline entries that match nothing any more. */
  stale: BaselineEntry[];
  /** Lines for stderr (notes about the config, stale baseline entries, the baseline written). */
  notes: string[];
}

/** Combine the targets' findings and apply the baseline options. Bad baseline files are `PpcInputError`s. */
export async function finishRun(results: readonly RunTarget[], options: BaselineOptions = {}): Promise<RunOutcome> {
  const notes = [...new Set(results.flatMap((r) => r.notes ?? r.config?.notes ?? []))];
  if (options.writeBaseline) {
    const baseline = await writeBaseline(options.writeBaseline, results);
    const total = baseline.findings.reduce((n, e) => n + e.count, 0);
    notes.push(`wrote ${total} finding${total === 1 ? '' : 's'} to the baseline ${options.writeBaseline}`);
  }
  if (!options.baseline) return { diagnostics: results.flatMap((r) => r.diagnostics), stale: [], notes };
  const { baseline, text } = await readBaseline(options.baseline);
  const outcome = applyBaseline(results, baseline, options.baseline, text);
  for (const e of outcome.stale)
    notes.push(
      `stale baseline entry: ${e.rule} in ${e.file} at ${e.pointer || '/'} (fixed; rewrite the baseline with --write-baseline)`,
    );
  return { diagnostics: [...outcome.diagnostics, ...outcome.staleDiagnostics], stale: outcome.stale, notes };
}
