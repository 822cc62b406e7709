import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import { PpcInputError } from '../connector/errors';
import { lintConnector } from '../lint';
import type { Profile } from '../types';
import { detectProfile } from './profile';

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
}

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
  return { code, message, severity: 0, path: [], source: target, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
}

/** Lint one target with a profile (or the detected one). Never throws. */
export async function lintTarget(target: string, choice: ProfileChoice): Promise<TargetResult> {
  const { profile, reason } = choice === 'auto' ? await detectProfile(target) : { profile: choice, reason: 'chosen with --profile' };
  try {
    const { diagnostics } = await lintConnector(target, { profile });
    return { target, profile, reason, diagnostics: diagnostics.map(compactDiagnostic) };
  } catch (error) {
    const message = error instanceof PpcInputError ? error.message : `${target}: internal error: ${error instanceof Error ? error.message : String(error)}`;
    return { target, profile, reason, diagnostics: [], error: message };
  }
}
