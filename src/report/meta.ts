import * as path from 'node:path';
import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import { encodePointerFragment } from '@stoplight/json';
import { severityIn } from '../profiles';
import { allRules } from '../rules';
import type { AnyRule, FindingCounterpart, Profile, Severity } from '../types';
import { isObject } from '../utils/guards';
import { escapeControls } from '../utils/sanitize';
import { ACKNOWLEDGED_MARKER } from '../diff/ack';

/** A finding as every formatter receives it: Spectral's diagnostic shape, readonly. */
export type Finding = Readonly<ISpectralDiagnostic>;

let byId: Map<string, AnyRule> | undefined;

/** The package rule with this id, if the code is one of ours (Spectral's own codes such as `invalid-ref` are not). */
export function ruleById(code: string | number): AnyRule | undefined {
  byId ??= new Map(allRules.map((r) => [r.id, r]));
  return byId.get(String(code));
}

/** The Microsoft validator's wording for a rule, when the rule maps to one. */
export function validatorMessageOf(code: string | number): string | undefined {
  return ruleById(code)?.definition['x-ppc'].validatorMessage;
}

/** The rule's own description, or undefined for codes that are not ours. */
export function ruleDescription(code: string | number): string | undefined {
  return ruleById(code)?.definition.description ?? undefined;
}

/** Default severity of a rule in a profile (certified when none is given); undefined for foreign codes. */
export function ruleSeverity(code: string | number, profile: Profile = 'certified'): Severity | undefined {
  const rule = ruleById(code);
  if (!rule) return undefined;
  return severityIn(rule, profile) || undefined;
}

/**
 * JSON pointer in the form Microsoft's validators print (`/paths/~1items~1{id}/get`): RFC 6901 escaping
 * (`~0`, `~1`) without URI encoding; the empty string for the document root.
 */
export function microsoftPointer(jsonPath: ISpectralDiagnostic['path'] | undefined): string {
  if (!Array.isArray(jsonPath) || jsonPath.length === 0) return '';
  let out = '';
  for (const segment of jsonPath) {
    const text = String(segment);
    // Most segments have neither character: they are taken as they are.
    out += `/${text.includes('~') || text.includes('/') ? encodePointerFragment(text) : text}`;
  }
  return out;
}

export const SEVERITY_WORD: Record<number, string> = { 0: 'error', 1: 'warning', 2: 'info', 3: 'hint' };

export function severityWord(severity: number): string {
  return SEVERITY_WORD[severity] ?? 'error';
}

/** A file path for display: relative to `cwd` with forward slashes when inside it, else absolute. */
export function relativePath(source: string | undefined, cwd: string = process.cwd()): string {
  if (!source) return '';
  const rel = path.relative(cwd, source);
  const shown = rel === '' ? '.' : rel.startsWith('..') || path.isAbsolute(rel) ? source : rel;
  return shown.split(path.sep).join('/');
}

function isPosition(value: unknown): boolean {
  return isObject(value) && typeof value.line === 'number' && typeof value.character === 'number';
}

/**
 * An acknowledged diff finding's message as its text and its "(acknowledged: <reason>)" end, so that a format
 * that shortens long messages can still show the reason whole; ["message", ""] for any other finding.
 */
export function splitAcknowledgement(f: Finding, message: string): [string, string] {
  const at = (f as { acknowledged?: unknown }).acknowledged === true ? message.lastIndexOf(ACKNOWLEDGED_MARKER) : -1;
  return at < 0 ? [message, ''] : [message.slice(0, at), message.slice(at + 1)];
}

/** A finding's second location (a diff finding's place in the other version), when it has a well-formed one. */
export function counterpartOf(f: Finding): FindingCounterpart | undefined {
  const c = (f as { counterpart?: unknown }).counterpart;
  if (!isObject(c) || (c.side !== 'old' && c.side !== 'new') || !Array.isArray(c.path)) return undefined;
  if (!isObject(c.range) || !isPosition(c.range.start) || !isPosition(c.range.end)) return undefined;
  if (c.source !== undefined && typeof c.source !== 'string') return undefined;
  return c as unknown as FindingCounterpart;
}

/**
 * Whether a source names a file at a git revision (`origin/dev:connectors/x/apiDefinition.swagger.json`, as
 * `diff --base` reads the old version) rather than one on disk: git ref names never hold a `:`.
 */
export function isRevisionSource(source: string | undefined): boolean {
  return source !== undefined && !path.isAbsolute(source) && /^[^:]{2,}:/.test(source);
}

/**
 * A finding placed on a file of the checkout, for formats whose locations must be real files (CI annotations,
 * SARIF): one in a version read from git goes to its place in the new version, its own place then named in the
 * message ("(old version at origin/dev:x/apiDefinition.swagger.json:12:5)") and kept as its counterpart.
 */
export function atCheckoutFile(f: Finding): Finding {
  const c = counterpartOf(f);
  if (!isRevisionSource(f.source) || c?.side !== 'new' || !c.source || isRevisionSource(c.source)) return f;
  const old = `${escapeControls(f.source ?? '')}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
  const counterpart: FindingCounterpart = { side: 'old', source: f.source, path: f.path, range: f.range };
  return {
    ...f,
    source: c.source,
    path: c.path,
    range: c.range,
    message: `${f.message} (old version at ${old})`,
    counterpart,
  } as Finding;
}

/**
 * The counterpart for a reader, with its file as the format shows files: "was at old/x.json:12:5" (the old version)
 * or "new version at new/x.json:30:7" (for a removal, what replaced it or what no longer holds it).
 */
export function counterpartText(c: FindingCounterpart, file: string): string {
  const at = `${file || '(no file)'}:${c.range.start.line + 1}:${c.range.start.character + 1}`;
  return c.side === 'old' ? `was at ${at}` : `new version at ${at}`;
}

/** Compare findings by file, line, column, rule and message: one stable order for every output. */
export function compareFindings(a: Finding, b: Finding): number {
  const sa = a.source ?? '';
  const sb = b.source ?? '';
  if (sa !== sb) return sa < sb ? -1 : 1;
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    compareText(String(a.code), String(b.code)) ||
    compareText(a.message, b.message)
  );
}

function compareText(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

/** Findings grouped by source file, in first-seen order; no spreading of large arrays. */
export function groupBySource(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.source ?? '';
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(f);
  }
  return groups;
}

/**
 * `make` of a finding's code and documentation URL, worked out once per code and URL: a rule has many findings, and
 * each format shows its rule the same way every time.
 */
export function perRule(
  make: (code: string, url: string | undefined) => string,
): (code: string | number, url: string | undefined) => string {
  const known = new Map<string | undefined, Map<string, string>>();
  return (code, url) => {
    let byCode = known.get(url);
    if (!byCode) known.set(url, (byCode = new Map<string, string>()));
    let made = byCode.get(String(code));
    if (made === undefined) byCode.set(String(code), (made = make(String(code), url)));
    return made;
  };
}

/** Lines as one piece of a report, each ending with a newline. */
export function lines(list: readonly string[]): string {
  return list.length === 0 ? '' : `${list.join('\n')}\n`;
}

/** `1 warning`, `2 warnings`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Counts per severity (error, warning, info, hint). */
export function countBySeverity(findings: readonly Finding[]): [number, number, number, number] {
  const counts: [number, number, number, number] = [0, 0, 0, 0];
  for (const f of findings) {
    const i = f.severity >= 0 && f.severity <= 3 ? f.severity : 0;
    counts[i as 0 | 1 | 2 | 3] += 1;
  }
  return counts;
}

/** Whitespace `oneLine` changes: any but a space, two spaces in a row, a space at either end. */
const NOT_ONE_LINE = /[^\S ]| {2}|^ | $/;

/** A message on one line: runs of whitespace (newlines, tabs) become one space. */
export function oneLine(text: string): string {
  const value = String(text);
  // Most messages are one line already: replacing each of their spaces by a space is most of the cost.
  return NOT_ONE_LINE.test(value) ? value.replace(/\s+/g, ' ').trim() : value;
}
