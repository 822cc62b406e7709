import type { ISpectralDiagnostic, Ruleset } from '@stoplight/spectral-core';
import {
  codeClimate,
  githubActions,
  json,
  junit,
  sarif,
  stylish,
  teamcity,
  text,
  type Formatter,
} from '@stoplight/spectral-formatters';
import { SEVERITY_CODE } from '../profiles';
import { addFixesToJson, addFixesToSarif, markFixable } from './fixes';
import type { Severity } from '../types';

/** Output formats, all rendered by Spectral's own formatters so the output matches spectral-cli's. */
export const FORMATTERS = {
  stylish,
  json,
  text,
  junit,
  sarif,
  'github-actions': githubActions,
  'code-climate': codeClimate,
  teamcity,
} satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATTERS;
export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];

export interface FormatOptions {
  failSeverity: Severity;
  /** Needed by SARIF for the rule table. */
  ruleset?: Ruleset;
  version?: string;
}

/** Render diagnostics in a named format. */
export function formatDiagnostics(diagnostics: ISpectralDiagnostic[], format: FormatName, options: FormatOptions): string {
  const formatter: Formatter = FORMATTERS[format];
  const ctx = options.ruleset ? { ruleset: options.ruleset, spectralVersion: options.version ?? '' } : undefined;
  // Findings with a fix (`diagnostic.fix`, see attachFixes): JSON carries it, SARIF maps it to `fixes`, text formats mark it.
  const failSeverity = SEVERITY_CODE[options.failSeverity];
  if (format === 'json') return addFixesToJson(formatter(diagnostics, { failSeverity }, ctx), diagnostics);
  if (format === 'sarif') return addFixesToSarif(formatter(diagnostics, { failSeverity }, ctx), diagnostics);
  return formatter(markFixable(diagnostics), { failSeverity }, ctx);
}

/** True when a finding is at or above the fail severity (lower numbers are more severe). */
export function hasFailures(diagnostics: ISpectralDiagnostic[], failSeverity: Severity): boolean {
  const threshold = SEVERITY_CODE[failSeverity];
  return diagnostics.some((d) => d.severity <= threshold);
}

/** One-line count for stderr: "3 errors, 5 warnings, 1 info in 2 connectors". */
export function summarize(diagnostics: ISpectralDiagnostic[]): string {
  const counts = [0, 0, 0, 0];
  for (const d of diagnostics) counts[d.severity] = (counts[d.severity] ?? 0) + 1;
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  return [plural(counts[0] ?? 0, 'error'), plural(counts[1] ?? 0, 'warning'), `${counts[2] ?? 0} info`, plural(counts[3] ?? 0, 'hint')].join(', ');
}
