import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import { PpcInputError } from '../connector/errors';
import { documentsOf, fingerprint } from '../baseline';
import { configFor, type ConfigLookups, type PpcConfig } from '../config';
import { attachFixes } from '../fix';
import { lintConnector } from '../lint';
import { lintNewOnly } from '../new-only';
import type { Profile } from '../types';
import { detectProfile } from './profile';

/** What a target is linted with besides its profile: plain data, so it crosses a worker boundary. */
export interface LintTargetOptions {
  /** A ruleset file to use instead of the nearest `.spectral.yaml|yml|json` (`--ruleset`). */
  rulesetFile?: string;
  /** Report only the findings introduced since this git ref (`--new-only --base <ref>`). */
  base?: string;
  /** Give each finding the fingerprint baselines match on (default); a run without a baseline skips the work. */
  fingerprints?: boolean;
}

/** A profile name, or `auto` to choose per folder. */
export type ProfileChoice = Profile | 'auto';

/** What linting one target produced; plain data, so it crosses a worker boundary cheaply. */
export interface TargetResult {
  target: string;
  profile: Profile;
  /** Why this profile (for `auto`), else "chosen with --profile". */
  reason: string;
  diagnostics: ISpectralDiagnostic[];
  /** Set when the target could not be linted at all (unreadable, crashed); exit code 2. */
  error?: string;
  /** Notes about the configuration used (for stderr). */
  notes?: string[];
}

/** A compact finding with the fingerprint of its offending value, computed where the documents are. */
export type FingerprintedDiagnostic = ISpectralDiagnostic & { fingerprint?: string };

/** Only the fields every formatter reads: no documents, no extra Spectral state. */
export function compactDiagnostic(d: ISpectralDiagnostic): ISpectralDiagnostic {
  const out: ISpectralDiagnostic = {
    code: d.code,
    message: d.message,
    severity: d.severity,
    path: Array.isArray(d.path) ? d.path.map((s) => (typeof s === 'number' ? s : String(s))) : [],
    range: {
      start: { line: d.range.start.line, character: d.range.start.character },
      end: { line: d.range.end.line, character: d.range.end.character },
    },
  };
  if (d.source !== undefined) out.source = d.source;
  if (d.documentationUrl) out.documentationUrl = d.documentationUrl;
  return out;
}

/** A finding the runner makes itself (timeout, crash), at the start of the target. */
export function runnerFinding(code: string, target: string, message: string): ISpectralDiagnostic {
  return {
    code,
    message,
    severity: 0,
    path: [],
    source: target,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  };
}

/**
 * A target's config (the given ruleset file or the nearest one) and profile: the chosen one, or for `auto` the config's
 * `extends`, else the detected one.
 */
export async function resolveTarget(
  target: string,
  choice: ProfileChoice,
  rulesetFile?: string,
  lookups?: ConfigLookups,
): Promise<{ profile: Profile; reason: string; config?: PpcConfig }> {
  const config = await configFor(target, rulesetFile, lookups);
  if (choice !== 'auto') return { profile: choice, reason: 'chosen with --profile', config };
  if (config?.profile) return { profile: config.profile, reason: 'from the extends of its Spectral config', config };
  return { ...(await detectProfile(target)), config };
}

/**
 * Lint one target with a profile (the config's `extends`, or the detected one for `auto`), its nearest config and,
 * with `base`, only what changed since that git ref. Never throws. `lookups` shares config lookups across one run's
 * targets.
 */
export async function lintTarget(
  target: string,
  choice: ProfileChoice,
  options: LintTargetOptions = {},
  lookups?: ConfigLookups,
): Promise<TargetResult> {
  let profile: Profile = choice === 'auto' ? 'certified' : choice;
  let reason = 'chosen with --profile';
  try {
    let config: PpcConfig | undefined;
    ({ profile, reason, config } = await resolveTarget(target, choice, options.rulesetFile, lookups));
    const lintOptions = { profile, config };
    const { diagnostics, connector } = options.base
      ? await lintNewOnly(target, options.base, lintOptions)
      : await lintConnector(target, lintOptions);
    const documents = options.fingerprints === false ? undefined : documentsOf(connector);
    // Findings that `ppc-lint fix` can mend say so in every format (the fix travels with the compact finding).
    const withFixes = attachFixes(diagnostics, connector);
    const compact = withFixes.map((d): FingerprintedDiagnostic => {
      const out: FingerprintedDiagnostic & { fix?: unknown } = compactDiagnostic(d);
      if (documents) out.fingerprint = fingerprint(d, documents);
      if (d.fix) out.fix = d.fix;
      return out;
    });
    return { target, profile, reason, diagnostics: compact, notes: config?.notes };
  } catch (error) {
    const message =
      error instanceof PpcInputError
        ? error.message
        : `${target}: internal error: ${error instanceof Error ? error.message : String(error)}`;
    return { target, profile, reason, diagnostics: [], error: message };
  }
}
