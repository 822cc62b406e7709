/**
 * Breaking-change diff: compares two versions of a connector, matching operations by operationId (the identity
 * saved flows store), and reports findings in the lint's diagnostic shape with the line in the new file (or in
 * the old one for removals).
 */
import * as path from 'node:path';
import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import type { IRange, JsonPath } from '@stoplight/types';
import { PpcInputError } from '../connector/errors';
import { MAX_PARSE_BYTES } from '../connector/limits';
import { MAX_JSON_DEPTH } from '../connector/parsers';
import type { Connector, LoadedFile } from '../connector/load';
import { SEVERITY_CODE } from '../profiles';
import jsonValid from '../rules/files/json-valid';
import { isObject, quote } from '../utils/guards';
import { type FindingCounterpart, type Severity } from '../types';
import { diffRuleDocUrl } from './docs';
import { ACK_FILE_NAME, acknowledgedSuffix, entryMatches, readAckFile, staleFinding, type AckEntry } from './ack';
import { pairChanges } from './changes';
import { connectorModel, type OperationModel } from '../model';
import { diffRules } from './rules';
import { loadTarget, type DiffTarget } from './sides';
import { firstLossySyntaxError } from './syntax';
import type { DiffContext, DiffProfile, DiffRuleDefinition, DiffSide, OperationPair } from './types';
import { classifyUpdate, type UpdateClass } from './update-class';

export { ACK_FILE_NAME, type AckEntry } from './ack';
export { diffRules } from './rules';
export { connectorFromTexts, type DiffTarget, type TextFile } from './sides';
export { DIFF_PROFILES, type DiffProfile, type DiffRuleDefinition } from './types';
export type { UpdateClass } from './update-class';

export interface DiffOptions {
  /** Severity profile. Default: `default`. */
  profile?: DiffProfile;
  /** Acknowledgement file; default: `.ppc-breaking-changes.yaml` in the new connector folder, when present. */
  ack?: string;
}

/**
 * A diagnostic of the diff: the lint's shape plus the identity the acknowledgement file matches and, when both
 * versions have it, the same place in the other version.
 */
export type DiffDiagnostic = ISpectralDiagnostic & {
  operationId?: string;
  field?: string;
  counterpart?: FindingCounterpart;
  /** Set when an acknowledgement covers it: its message then ends with "(acknowledged: <reason>)". */
  acknowledged?: boolean;
};

export interface DiffResult {
  /** "new" when there is no old version; "minor" or "major" otherwise. */
  updateClass: UpdateClass;
  /** Why the update is major: the breaking findings by rule, then the changed places outside the minor set. */
  majorReasons: string[];
  /**
   * Every finding (breaking changes, acknowledged ones lowered to hint, stale and invalid acknowledgements,
   * JSON errors), sorted by file and line.
   */
  diagnostics: DiffDiagnostic[];
  acknowledged: Array<{ diagnostic: DiffDiagnostic; entry: AckEntry }>;
  /** Acknowledgement entries that matched no finding. */
  stale: AckEntry[];
  /** The acknowledgement file that was read, if any. */
  ackFile?: string;
}

const ZERO: IRange = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** Every diagnostic code the diff can produce. */
export const DIFF_RULE_IDS: ReadonlySet<string> = new Set(diffRules.map((r) => r.id));

export { diffRuleDocUrl };

/** The severity a rule's finding has in a profile. */
export function diffSeverity(
  rule: DiffRuleDefinition,
  findingSeverity: Severity | undefined,
  profile: DiffProfile,
): Severity {
  if (profile === 'microsoft-strict' && rule.validatorMessage !== undefined) return 'error';
  return findingSeverity ?? rule.severity;
}

function side(connector: Connector): DiffSide {
  const document = connector.swagger?.document?.data;
  const out: DiffSide = {
    document,
    model: connectorModel(document),
    apiProperties: connector.apiProperties?.document?.data,
  };
  // A definition with such an error is refused (requireUsable); apiProperties.json is compared as far as it was read.
  const properties = connector.apiProperties;
  const syntaxError = properties?.document ? firstLossySyntaxError(properties.text) : undefined;
  if (syntaxError) out.apiPropertiesSyntaxError = syntaxError;
  return out;
}

function firstById(model: DiffSide['model']): Map<string, OperationModel> {
  const out = new Map<string, OperationModel>();
  for (const [id, ops] of model.operationsById) if (ops[0]) out.set(id, ops[0]);
  return out;
}

/** Build the comparison context: operations matched by operationId and their field-level changes. */
export function diffContext(oldSide: DiffSide, newSide: DiffSide): DiffContext {
  const oldOps = firstById(oldSide.model);
  const newOps = firstById(newSide.model);
  const pairs: OperationPair[] = [];
  const removed: OperationModel[] = [];
  for (const [id, op] of oldOps) {
    const match = newOps.get(id);
    if (match) pairs.push({ id, old: op, new: match });
    else removed.push(op);
  }
  const added = [...newOps.entries()].filter(([id]) => !oldOps.has(id)).map(([, op]) => op);
  const changes = pairs.flatMap((pair) => pairChanges(oldSide.document, newSide.document, pair));
  return { old: oldSide, new: newSide, pairs, removed, added, changes };
}

function locate(file: LoadedFile | undefined, jsonPath: JsonPath): IRange {
  try {
    return file?.document?.getRangeForJsonPath(jsonPath, true) ?? ZERO;
  } catch {
    return ZERO;
  }
}

/** The document has a value at the path (the other version may lack the place a rule names). */
function hasPath(data: unknown, jsonPath: JsonPath): boolean {
  let node = data;
  for (const segment of jsonPath) {
    if (Array.isArray(node) && typeof segment === 'number' && segment >= 0 && segment < node.length)
      node = node[segment];
    else if (isObject(node) && typeof segment === 'string' && Object.hasOwn(node, segment)) node = node[segment];
    else return false;
  }
  return true;
}

/** The same place in the other version, when that version's file has it. */
function otherLocation(
  file: LoadedFile | undefined,
  side: 'old' | 'new',
  jsonPath: JsonPath,
): FindingCounterpart | undefined {
  if (!file?.document || !hasPath(file.document.data, jsonPath)) return undefined;
  return { side, source: file.file.path, path: jsonPath, range: locate(file, jsonPath) };
}

/** The innermost element around the path that the file still has (its root at least). */
function nearestLocation(file: LoadedFile, side: 'old' | 'new', jsonPath: JsonPath): FindingCounterpart | undefined {
  for (let n = jsonPath.length; n >= 0; n--) {
    const found = otherLocation(file, side, jsonPath.slice(0, n));
    if (found) return found;
  }
  return undefined;
}

/**
 * Give each finding in the old version that names no place in the new one the innermost element the new file
 * still has around it. For an old version read from git, whose files are not in the checkout, this is where CI
 * annotations can attach it.
 */
export function anchorInNewVersion(
  diagnostics: DiffDiagnostic[],
  oldConnector: Connector,
  newConnector: Connector,
): void {
  const pairs: Array<[LoadedFile | undefined, LoadedFile | undefined]> = [
    [oldConnector.swagger, newConnector.swagger],
    [oldConnector.apiProperties, newConnector.apiProperties],
  ];
  for (const d of diagnostics) {
    if (d.counterpart) continue;
    const newFile = pairs.find(([before]) => before !== undefined && before.file.path === d.source)?.[1];
    const counterpart = newFile && nearestLocation(newFile, 'new', d.path);
    if (counterpart) d.counterpart = counterpart;
  }
}

function byLocation(a: ISpectralDiagnostic, b: ISpectralDiagnostic): number {
  return (
    (a.source ?? '').localeCompare(b.source ?? '') ||
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    String(a.code).localeCompare(String(b.code))
  );
}

/**
 * Run every diff rule over two loaded versions. Never throws on odd documents. When the old version has no
 * definition (only apiProperties.json), only the rules that compare apiProperties.json run: comparing a
 * definition with nothing would report every operation as added and the authentication as new.
 */
export function runDiffRules(
  oldConnector: Connector,
  newConnector: Connector,
  profile: DiffProfile = 'default',
): DiffDiagnostic[] {
  const ctx = diffContext(side(oldConnector), side(newConnector));
  const out: DiffDiagnostic[] = [];
  const bothDefinitions = oldConnector.swagger !== undefined && newConnector.swagger !== undefined;
  for (const rule of diffRules) {
    if (!bothDefinitions && rule.compares !== 'apiProperties') continue;
    for (const finding of rule.check(ctx)) {
      const connector = finding.side === 'old' ? oldConnector : newConnector;
      const other = finding.side === 'old' ? newConnector : oldConnector;
      const file = finding.file === 'apiProperties' ? connector.apiProperties : connector.swagger;
      const diagnostic: DiffDiagnostic = {
        code: rule.id,
        message: finding.message,
        severity: SEVERITY_CODE[diffSeverity(rule, finding.severity, profile)],
        path: finding.path,
        range: finding.range ?? locate(file, finding.path),
        source: file?.file.path,
        documentationUrl: diffRuleDocUrl(rule.id),
      };
      if (finding.operationId !== undefined) diagnostic.operationId = finding.operationId;
      if (finding.field !== undefined) diagnostic.field = finding.field;
      const counterpart =
        finding.otherPath &&
        otherLocation(
          finding.file === 'apiProperties' ? other.apiProperties : other.swagger,
          finding.side === 'old' ? 'new' : 'old',
          finding.otherPath,
        );
      if (counterpart) diagnostic.counterpart = counterpart;
      out.push(diagnostic);
    }
  }
  return out;
}

function jsonErrors(connector: Connector): ISpectralDiagnostic[] {
  return jsonValid.definition.check(connector).map((f) => ({
    code: jsonValid.id,
    message: f.message,
    severity: SEVERITY_CODE.error,
    path: f.path ?? [],
    range: f.range ?? ZERO,
    source: f.source ?? connector.swagger?.file.path,
    documentationUrl: jsonValid.definition.documentationUrl,
  }));
}

/** Rules that say how the comparison was made rather than what changed: they never make an update major. */
const NOT_BREAKING: ReadonlySet<string> = new Set(diffRules.filter((r) => r.breaking === false).map((r) => r.id));

function countByRule(diagnostics: DiffDiagnostic[]): string[] {
  const counts = new Map<string, number>();
  for (const d of diagnostics)
    if (Number(d.severity) <= SEVERITY_CODE.warn && !NOT_BREAKING.has(String(d.code)))
      counts.set(String(d.code), (counts.get(String(d.code)) ?? 0) + 1);
  return [...counts.entries()].map(([code, n]) => `${code}: ${n} breaking change${n === 1 ? '' : 's'}`);
}

const MB = 1024 * 1024;

/**
 * Why a definition or apiProperties.json cannot be compared, or undefined when it can. Comparing a file the
 * parser only partly read would report everything it missed as removed.
 */
function unusable(file: LoadedFile, definition: boolean): string | undefined {
  // `unreadable` completes "cannot be read": `: it is a named pipe` or ` (EACCES)`.
  if (file.unreadable !== undefined) return `cannot be read${file.unreadable}; make it a regular file`;
  if (file.tooLarge)
    return `too large to compare (${(file.file.size / MB).toFixed(1)} MB; the limit is ${MAX_PARSE_BYTES / MB} MB, and Power Platform accepts at most 1 MB)`;
  if (file.tooDeepAt !== undefined)
    return `nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep; flatten it before comparing`;
  if (file.text.trim() === '') return 'is empty; it must hold a JSON object';
  // Any syntax error but a comment or a trailing comma loses data: a definition with one is not compared.
  // apiProperties.json is compared as far as it was read, with ppc-bc-partial-comparison at the error: merged
  // connectors have one without its last closing brace, and it feeds only the connection parameters and policies.
  const syntaxError = definition ? firstLossySyntaxError(file.text) : undefined;
  if (syntaxError)
    return `is not valid JSON (${syntaxError.message} at line ${syntaxError.line}, column ${syntaxError.column}); fix it first (ppc-lint lint lists every syntax error)`;
  const data = file.document?.data;
  if (!isObject(data))
    return `holds ${data === null ? 'null' : Array.isArray(data) ? 'an array' : typeof data} instead of a JSON object`;
  if (!definition) return undefined;
  if (data.swagger === '2.0') return undefined;
  if (data.openapi !== undefined)
    return `is OpenAPI ${quote(data.openapi)}, not Swagger 2.0; Power Platform connectors are Swagger 2.0 ("swagger": "2.0"), convert it first`;
  return `is not a Swagger 2.0 definition (it has ${data.swagger === undefined ? 'no "swagger" key' : `"swagger": ${quote(data.swagger)}`}); a connector definition has "swagger": "2.0"`;
}

/** Throw a `PpcInputError` naming the first file of the version that cannot be compared. */
function requireUsable(connector: Connector): void {
  for (const [file, definition] of [
    [connector.swagger, true],
    [connector.apiProperties, false],
  ] as const) {
    const reason = file ? unusable(file, definition) : undefined;
    if (file && reason) throw new PpcInputError(`${file.file.path}: ${reason}`);
  }
}

/**
 * Compare already-loaded versions. `oldConnector` undefined means there is no old version (a new connector). An
 * old version with apiProperties.json but no definition has its connection parameters compared; one with
 * neither, or a version whose definition or apiProperties.json cannot be read completely, is a `PpcInputError`.
 */
export async function diffLoaded(
  oldConnector: Connector | undefined,
  newConnector: Connector,
  options: DiffOptions = {},
  newDir?: string,
): Promise<DiffResult> {
  if (!newConnector.swagger)
    throw new PpcInputError(
      `${newConnector.dir ?? newConnector.files[0]?.path ?? 'new version'}: no connector definition (apiDefinition.swagger.json) to compare`,
    );
  requireUsable(newConnector);
  const profile = options.profile ?? 'default';
  const diagnostics: DiffDiagnostic[] = [];
  diagnostics.push(...jsonErrors(newConnector));
  if (!oldConnector) {
    diagnostics.sort(byLocation);
    return { updateClass: 'new', majorReasons: [], diagnostics, acknowledged: [], stale: [] };
  }
  if (!oldConnector.swagger && !oldConnector.apiProperties)
    throw new PpcInputError(
      `${oldConnector.dir ?? oldConnector.files[0]?.path ?? 'old version'}: no connector definition (apiDefinition.swagger.json) or apiProperties.json to compare; for a connector with no old version, give an old path that does not exist`,
    );
  requireUsable(oldConnector);
  diagnostics.push(...jsonErrors(oldConnector));
  const findings = runDiffRules(oldConnector, newConnector, profile);
  const { updateClass, majorReasons } = classifyUpdate(oldConnector, newConnector, countByRule(findings));

  const ackPath = options.ack ?? (newDir ? path.join(newDir, ACK_FILE_NAME) : undefined);
  const ack = ackPath ? await readAckFile(path.resolve(ackPath), options.ack !== undefined, DIFF_RULE_IDS) : undefined;
  const acknowledged: DiffResult['acknowledged'] = [];
  const stale: AckEntry[] = [];
  if (ack) {
    const used = new Set<AckEntry>();
    for (const d of findings) {
      const entry = ack.entries.find((e) =>
        entryMatches(e, { code: String(d.code), operationId: d.operationId, field: d.field }),
      );
      if (!entry) continue;
      used.add(entry);
      d.severity = SEVERITY_CODE.hint;
      d.message = `${d.message}${acknowledgedSuffix(entry)}`;
      d.acknowledged = true;
      acknowledged.push({ diagnostic: d, entry });
    }
    for (const entry of ack.entries) {
      if (used.has(entry)) continue;
      stale.push(entry);
      diagnostics.push(staleFinding(entry));
    }
    diagnostics.push(...ack.problems);
  }
  diagnostics.push(...findings);
  diagnostics.sort(byLocation);
  return { updateClass, majorReasons, diagnostics, acknowledged, stale, ackFile: ack?.source };
}

/**
 * Compare two versions of a connector: folders, definition files, or files given as text (e.g. read from git).
 * `oldTarget` undefined, or a path that does not exist, means there is no old version (a new connector); a file
 * named on its own is read as the definition whatever its name. Throws `PpcInputError` for a missing
 * target or an acknowledgement file that cannot be read or parsed.
 */
export async function diffConnectors(
  oldTarget: DiffTarget | undefined,
  newTarget: DiffTarget,
  options: DiffOptions = {},
): Promise<DiffResult> {
  const newConnector = await loadTarget(newTarget, 'new');
  if (!newConnector) throw new PpcInputError('new version: not found');
  const oldConnector = oldTarget === undefined ? undefined : await loadTarget(oldTarget, 'old');
  return diffLoaded(oldConnector, newConnector, options, newConnector.dir ?? undefined);
}

/** The findings that fail a run: at or above the fail severity and not acknowledged. */
export function diffFailures(result: DiffResult, failSeverity: Severity): DiffDiagnostic[] {
  const acknowledged = new Set(result.acknowledged.map((a) => a.diagnostic));
  return result.diagnostics.filter((d) => !acknowledged.has(d) && Number(d.severity) <= SEVERITY_CODE[failSeverity]);
}
