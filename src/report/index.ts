import type { ISpectralDiagnostic, Ruleset } from '@stoplight/spectral-core';
import { codeClimate, teamcity, text, type Formatter } from '@stoplight/spectral-formatters';
import { SEVERITY_CODE } from '../profiles';
import type { Profile, Severity } from '../types';
import { formatGithubActions } from './github-actions';
import { formatHtml } from './html';
import { formatJson, jsonChunks } from './json';
import { formatJunit } from './junit';
import { formatMarkdown } from './markdown';
import type { Finding } from './meta';
import { formatSarif, sarifChunks } from './sarif';
import { formatStylish } from './stylish';
import { escapeControls, maskSecrets, sanitizeMessage } from '../utils/sanitize';
import { markFixable } from './fixes';

export { buildSarif } from './sarif';
export { toJsonFinding, type JsonFinding } from './json';
export { microsoftPointer, compareFindings, validatorMessageOf, type Finding } from './meta';
export { escapeData, escapeProperty } from './github-actions';
export { summaryLine, wrapText } from './stylish';

export interface FormatOptions {
  failSeverity: Severity;
  /** Kept for compatibility; rule metadata comes from the package's own rules. */
  ruleset?: Ruleset;
  version?: string;
  /** Profile whose severities SARIF reports as rule defaults (certified when absent). */
  profile?: Profile;
  /** github-actions: most annotations printed (default 50). */
  maxAnnotations?: number;
  /** Base for relative paths (default: the working directory). */
  cwd?: string;
  /** stylish: line width (default 100). */
  width?: number;
}

type Render = (findings: readonly Finding[], options: FormatOptions) => string;

/** Spectral's formatters for the formats we do not render ourselves; they take a mutable array. */
function spectral(formatter: Formatter): Render {
  return (findings, options) =>
    formatter(findings as ISpectralDiagnostic[], { failSeverity: SEVERITY_CODE[options.failSeverity] });
}

/** Every output format. Each renderer builds its output line by line, so any number of findings works. */
export const FORMATTERS = {
  stylish: (f, o) => formatStylish(f, { width: o.width, cwd: o.cwd }),
  json: (f) => formatJson(f),
  sarif: (f, o) => formatSarif(f, { version: o.version, profile: o.profile, cwd: o.cwd }),
  'github-actions': (f, o) => formatGithubActions(f, { maxAnnotations: o.maxAnnotations, cwd: o.cwd }),
  junit: (f, o) => formatJunit(f, { cwd: o.cwd, failSeverity: SEVERITY_CODE[o.failSeverity] }),
  markdown: (f, o) => formatMarkdown(f, { cwd: o.cwd }),
  html: (f, o) => formatHtml(f, { cwd: o.cwd, version: o.version }),
  text: spectral(text),
  teamcity: spectral(teamcity),
  'code-climate': spectral(codeClimate),
} satisfies Record<string, Render>;

export type FormatName = keyof typeof FORMATTERS;
export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];

/** Printable forms already made: a report in several formats, or one prepared while a run goes on, makes each once. */
const printed = new WeakMap<ISpectralDiagnostic, ISpectralDiagnostic>();

function printableSegment(segment: string | number): string | number {
  return typeof segment === 'string'
    ? escapeControls(maskSecrets(segment.length > 2000 ? `${segment.slice(0, 1999)}…` : segment))
    : segment;
}

/**
 * A diagnostic safe to print: formats show its JSON path (document keys) and file path too, so those get the
 * same treatment as messages (control characters escaped, secrets masked). The diagnostic itself when it is safe
 * already; diagnostics are values here, so each one's form is remembered.
 */
export function printable(d: ISpectralDiagnostic): ISpectralDiagnostic {
  const known = printed.get(d);
  if (known) return known;
  const message = sanitizeMessage(d.message);
  let path = d.path;
  for (let i = 0; i < d.path.length; i++) {
    const segment = printableSegment(d.path[i]);
    if (segment === d.path[i]) continue;
    if (path === d.path) path = d.path.slice();
    path[i] = segment;
  }
  const source = d.source !== undefined ? escapeControls(d.source) : undefined;
  const out =
    message === d.message && path === d.path && source === d.source
      ? d
      : { ...d, message, path, ...(source !== undefined ? { source } : {}) };
  printed.set(d, out);
  if (out !== d) printed.set(out, out);
  return out;
}

/** Marks a finding that `printable` already returned in another thread (sent there as JSON) as printable. */
export function trustPrintable(d: ISpectralDiagnostic): void {
  printed.set(d, d);
}

/**
 * A format's output in chunks, ending with a newline: JSON and SARIF one finding at a time, so a report of any
 * size is written without building it as one string; the other formats in one chunk. Every value passes through
 * `printable` first.
 */
export function* formatChunks(
  diagnostics: readonly ISpectralDiagnostic[],
  format: FormatName,
  options: FormatOptions,
): Generator<string> {
  const safe = diagnostics.map(printable);
  // Findings with a fix (`diagnostic.fix`, see attachFixes): JSON carries it, SARIF maps it to `fixes`, text formats
  // mark it.
  if (format === 'json') {
    yield* jsonChunks(safe);
    return;
  }
  if (format === 'sarif') {
    yield* sarifChunks(safe, { version: options.version, profile: options.profile, cwd: options.cwd });
    return;
  }
  const output = FORMATTERS[format](markFixable(safe), options);
  yield output === '' || output.endsWith('\n') ? output : `${output}\n`;
}

/** Render diagnostics in a named format (a newline at the end); every value passes through `printable` first. */
export function formatDiagnostics(
  diagnostics: readonly ISpectralDiagnostic[],
  format: FormatName,
  options: FormatOptions,
): string {
  return [...formatChunks(diagnostics, format, options)].join('');
}

/** True when a finding is at or above the fail severity (lower numbers are more severe). */
export function hasFailures(diagnostics: readonly ISpectralDiagnostic[], failSeverity: Severity): boolean {
  const threshold = SEVERITY_CODE[failSeverity];
  return diagnostics.some((d) => d.severity <= threshold);
}

/** Only the findings at or above the fail severity. */
export function onlyFailures<T extends { severity: number }>(diagnostics: readonly T[], failSeverity: Severity): T[] {
  const threshold = SEVERITY_CODE[failSeverity];
  return diagnostics.filter((d) => d.severity <= threshold);
}

/** One-line count for stderr: "3 errors, 5 warnings, 1 info, 0 hints". */
export function summarize(diagnostics: readonly ISpectralDiagnostic[]): string {
  const counts = [0, 0, 0, 0];
  for (const d of diagnostics) counts[d.severity] = (counts[d.severity] ?? 0) + 1;
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  return [
    plural(counts[0] ?? 0, 'error'),
    plural(counts[1] ?? 0, 'warning'),
    `${counts[2] ?? 0} info`,
    plural(counts[3] ?? 0, 'hint'),
  ].join(', ');
}
