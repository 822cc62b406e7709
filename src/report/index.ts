import type { ISpectralDiagnostic, Ruleset } from '@stoplight/spectral-core';
import { text, type Formatter } from '@stoplight/spectral-formatters';
import { SEVERITY_CODE } from '../profiles';
import type { Profile, Severity } from '../types';
import { codeClimateChunks } from './code-climate';
import { escapeTeamcity } from './escape';
import { formatGithubActions } from './github-actions';
import { htmlChunks } from './html';
import { jsonChunks } from './json';
import { junitChunks } from './junit';
import { markdownChunks } from './markdown';
import { counterpartOf, counterpartText, plural, type Finding } from './meta';
import { sarifChunks } from './sarif';
import { stylishChunks } from './stylish';
import { teamcity } from './teamcity';
import { escapeControls, maskSecrets, sanitizeMessage } from '../utils/sanitize';
import { markFixable } from './fixes';

export { buildSarif } from './sarif';
export { toJsonFinding, type JsonCounterpart, type JsonFinding } from './json';
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

type Render = (findings: readonly Finding[], options: FormatOptions) => Iterable<string>;

/**
 * One of Spectral's text formatters (`text`, and `teamcity` as `./teamcity` renders it), called once per file: they
 * render each file's findings and join the files with a newline, in the order of the keys of an object keyed by file.
 * They print the file name as given, so each gets it in the form its format needs (`shown`).
 */
function spectralByFile(formatter: Formatter, shown: (source: string) => string): Render {
  return function* (findings, options) {
    const groups: Record<string, Finding[]> = Object.create(null) as Record<string, Finding[]>;
    for (const f of findings) if (f.source !== undefined) (groups[f.source] ??= []).push(f);
    let first = true;
    for (const source of Object.keys(groups)) {
      const name = shown(source);
      const list = name === source ? groups[source] : groups[source].map((f) => ({ ...f, source: name }));
      const text = formatter(list, {
        failSeverity: SEVERITY_CODE[options.failSeverity],
      });
      yield first ? text : `\n${text}`;
      first = false;
    }
  };
}

/**
 * Findings whose message ends with their counterpart ("… (was at old/x.json:12:5)"), for a format that shows a
 * message and no other place; `shown` gives the file as the format shows its own.
 */
function withCounterparts(findings: readonly Finding[], shown: (source: string) => string): readonly Finding[] {
  let out: Finding[] | undefined;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    const c = counterpartOf(f);
    if (!c) continue;
    out ??= findings.slice();
    out[i] = { ...f, message: `${f.message} (${counterpartText(c, shown(c.source ?? ''))})` };
  }
  return out ?? findings;
}

/** Spectral's text format: the file as given, control characters escaped. */
const spectralText = spectralByFile(text, escapeControls);

/**
 * Every output format, as pieces of text: one per file or slice of findings, so no report of any size is ever
 * one string. JSON and SARIF are rendered by `jsonChunks` and `sarifChunks` (see `formatChunks`).
 */
const RENDERERS = {
  stylish: (f, o) => stylishChunks(f, { width: o.width, cwd: o.cwd }),
  json: (f) => jsonChunks(f),
  sarif: (f, o) => sarifChunks(f, { version: o.version, profile: o.profile, cwd: o.cwd }),
  'github-actions': (f, o) => [formatGithubActions(f, { maxAnnotations: o.maxAnnotations, cwd: o.cwd })],
  junit: (f, o) => junitChunks(f, { cwd: o.cwd, failSeverity: SEVERITY_CODE[o.failSeverity] }),
  markdown: (f, o) => markdownChunks(f, { cwd: o.cwd }),
  html: (f, o) => htmlChunks(f, { cwd: o.cwd, version: o.version }),
  // text is read on a terminal: control characters escaped; teamcity encodes them its own way (`|n`, `|0x001b`).
  text: (f, o) => spectralText(withCounterparts(f, escapeControls), o),
  teamcity: spectralByFile(teamcity, escapeTeamcity),
  'code-climate': (f, o) => codeClimateChunks(f, { cwd: o.cwd }),
} satisfies Record<string, Render>;

export type FormatName = keyof typeof RENDERERS;
export const FORMAT_NAMES = Object.keys(RENDERERS) as FormatName[];

/** Printable forms already made: a report in several formats, or one prepared while a run goes on, makes each once. */
const printed = new WeakMap<ISpectralDiagnostic, ISpectralDiagnostic>();

/** Path segments made printable before: the same keys (`paths`, `get`, `200`) recur in nearly every finding. */
const printableSegments = new Map<string, string>();

function printableSegment(segment: string | number): string | number {
  if (typeof segment !== 'string') return segment;
  let out = printableSegments.get(segment);
  if (out === undefined) {
    out = escapeControls(maskSecrets(segment.length > 2000 ? `${segment.slice(0, 1999)}…` : segment));
    // Bounded as the masking memo is; long segments (values used as keys) are seldom repeated.
    if (printableSegments.size >= 50_000) printableSegments.clear();
    if (segment.length <= 1000) printableSegments.set(segment, out);
  }
  return out;
}

/** A JSON path with every segment printable; the same array when all already are. */
function printablePath(jsonPath: ISpectralDiagnostic['path']): ISpectralDiagnostic['path'] {
  let out = jsonPath;
  for (let i = 0; i < jsonPath.length; i++) {
    const segment = printableSegment(jsonPath[i]);
    if (segment === jsonPath[i]) continue;
    if (out === jsonPath) out = jsonPath.slice();
    out[i] = segment;
  }
  return out;
}

/**
 * A diagnostic safe to print: formats show its JSON path (document keys) too, so it gets the same treatment as
 * messages (control characters escaped, secrets masked). The file path is left as it is: each format shows the real
 * file, encoded its own way (JSON and SARIF losslessly, terminal formats with control characters escaped). The
 * diagnostic itself when it is safe already; diagnostics are values here, so each one's form is remembered.
 */
export function printable(d: ISpectralDiagnostic): ISpectralDiagnostic {
  const known = printed.get(d);
  if (known) return known;
  const message = sanitizeMessage(d.message);
  const path = printablePath(d.path);
  // A diff finding's place in the other version has a JSON path of that document.
  const counterpart = counterpartOf(d);
  const otherPath = counterpart && printablePath(counterpart.path);
  let out: ISpectralDiagnostic = message === d.message && path === d.path ? d : { ...d, message, path };
  if (counterpart && otherPath !== counterpart.path)
    out = { ...out, counterpart: { ...counterpart, path: otherPath } } as ISpectralDiagnostic;
  printed.set(d, out);
  if (out !== d) printed.set(out, out);
  return out;
}

/** A run's findings as the formats take them, made once for all of its reports. */
export interface ReportFindings {
  /** Every finding's printable form: what JSON and SARIF render. */
  readonly printable: readonly Finding[];
  /**
   * The same with a fix mark ending the message of each finding with a fix (`diagnostic.fix`, see attachFixes): what
   * the text formats render. Made when first asked for.
   */
  marked(): readonly Finding[];
}

/** The findings of a report, every value passed through `printable`. */
export function reportFindings(diagnostics: readonly ISpectralDiagnostic[]): ReportFindings {
  return printableFindings(diagnostics.map(printable));
}

/** Findings `printable` already returned (in a report worker, sent by the calling thread): not worked out again. */
export function printableFindings(safe: readonly Finding[]): ReportFindings {
  let marked: readonly Finding[] | undefined;
  return { printable: safe, marked: () => (marked ??= markFixable(safe)) };
}

/**
 * A format's output in chunks, ending with a newline: one per file or slice of findings, so a report of any size is
 * written without ever being one string.
 */
export function* renderChunks(findings: ReportFindings, format: FormatName, options: FormatOptions): Generator<string> {
  const list = format === 'json' || format === 'sarif' ? findings.printable : findings.marked();
  let last = '';
  for (const chunk of RENDERERS[format](list, options)) {
    if (chunk === '') continue;
    yield chunk;
    last = chunk;
  }
  if (last !== '' && !last.endsWith('\n')) yield '\n';
}

/**
 * A format's output in chunks, ending with a newline (see `renderChunks`). Every value passes through `printable`
 * first.
 */
export function* formatChunks(
  diagnostics: readonly ISpectralDiagnostic[],
  format: FormatName,
  options: FormatOptions,
): Generator<string> {
  yield* renderChunks(reportFindings(diagnostics), format, options);
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

/**
 * One line for stderr, which terminals and CI logs read, ending in a newline: control characters escaped (a newline
 * inside it too), so a file name that holds a newline or an ESC cannot start a workflow command or a terminal escape
 * there. Every line the CLI writes to stderr with a path or a user's text in it goes through here.
 */
export function escapedLine(text: string): string {
  return `${escapeControls(text)}\n`;
}

/** An {@link escapedLine} that starts with `ppc-lint: `. */
export function stderrLine(text: string): string {
  return escapedLine(`ppc-lint: ${text}`);
}

/**
 * Commander's error for stderr (`error: unknown option '…'`, an invalid argument), which quotes what the user typed:
 * escaped as {@link escapedLine}, keeping the one line break commander puts before a `(Did you mean …?)` hint.
 */
export function escapedCommanderError(text: string): string {
  return escapedLine(text.replace(/\n$/, '')).replaceAll('\\n(Did you mean ', '\n(Did you mean ');
}

/** One-line count for stderr: "3 errors, 5 warnings, 1 info, 0 hints". */
export function summarize(diagnostics: readonly ISpectralDiagnostic[]): string {
  const counts = [0, 0, 0, 0];
  for (const d of diagnostics) counts[d.severity] = (counts[d.severity] ?? 0) + 1;
  return [
    plural(counts[0] ?? 0, 'error'),
    plural(counts[1] ?? 0, 'warning'),
    `${counts[2] ?? 0} info`,
    plural(counts[3] ?? 0, 'hint'),
  ].join(', ');
}
