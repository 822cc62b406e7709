import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Location, Log, Region, ReportingDescriptor, Result } from 'sarif';
import { REPOSITORY_URL, type Profile } from '../types';
import { escapeJsonText } from './escape';
import { sarifFixes } from './fixes';
import {
  atCheckoutFile,
  counterpartOf,
  microsoftPointer,
  oneLine,
  ruleById,
  ruleSeverity,
  validatorMessageOf,
  type Finding,
} from './meta';

export interface SarifOptions {
  version?: string;
  /** Profile whose severities give each rule's default level (certified when absent). */
  profile?: Profile;
  cwd?: string;
}

type Level = 'error' | 'warning' | 'note' | 'none';

const LEVEL: Record<string, Level> = { error: 'error', warn: 'warning', info: 'note', hint: 'note' };

function levelOf(severity: number): Level {
  return severity === 0 ? 'error' : severity === 1 ? 'warning' : 'note';
}

type ArtifactUri = (source: string) => { uri: string; uriBaseId?: string };

/** URI of a file relative to the base (`%SRCROOT%`), forward slashes, percent-encoded segments. */
function artifactUri(source: string, cwd: string): { uri: string; uriBaseId?: string } {
  const rel = path.relative(cwd, source);
  if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) {
    return { uri: rel.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  }
  return { uri: pathToFileURL(source).href };
}

/** `artifactUri` worked out once per file (a file has many findings), a new object for each result. */
function artifactUris(cwd: string): ArtifactUri {
  const known = new Map<string, { uri: string; uriBaseId?: string }>();
  return (source) => {
    let uri = known.get(source);
    if (!uri) known.set(source, (uri = artifactUri(source, cwd)));
    return { ...uri };
  };
}

/** The rule descriptors of the rules that have findings, in order of first finding, and each rule's index. */
function sarifRules(
  findings: readonly Finding[],
  options: SarifOptions,
): { rules: ReportingDescriptor[]; ruleIndex: Map<string, number> } {
  const rules: ReportingDescriptor[] = [];
  const ruleIndex = new Map<string, number>();
  for (const f of findings) {
    const id = String(f.code);
    if (ruleIndex.has(id)) continue;
    ruleIndex.set(id, rules.length);
    const rule = ruleById(id);
    const descriptor: ReportingDescriptor = {
      id,
      shortDescription: { text: oneLine(rule?.definition.description ?? `Spectral rule ${id}.`) || id },
      defaultConfiguration: {
        level: rule ? (LEVEL[ruleSeverity(id, options.profile) ?? 'error'] ?? 'error') : levelOf(f.severity),
      },
    };
    const helpUri = rule?.definition.documentationUrl ?? f.documentationUrl;
    if (helpUri) descriptor.helpUri = helpUri;
    const validatorMessage = validatorMessageOf(id);
    if (validatorMessage) descriptor.properties = { validatorMessage };
    rules.push(descriptor);
  }
  return { rules, ruleIndex };
}

/** A SARIF region (1-based lines and columns, never ending before it starts) from a 0-based range. */
function region(range: Finding['range']): Region {
  const startLine = Math.max(1, range.start.line + 1);
  const startColumn = Math.max(1, range.start.character + 1);
  const endLine = Math.max(startLine, range.end.line + 1);
  const endColumn =
    endLine === startLine ? Math.max(startColumn, range.end.character + 1) : Math.max(1, range.end.character + 1);
  return { startLine, startColumn, endLine, endColumn };
}

/**
 * A diff finding's place in the other version as a related location, its pointer in `properties`. A file read from
 * git (`origin/dev:connectors/x/apiDefinition.swagger.json`) gets the URI the main location would: its name
 * percent-encoded, so the `:` never reads as a URI scheme.
 */
function relatedLocations(f: Finding, uriOf: ArtifactUri): Location[] | undefined {
  const c = counterpartOf(f);
  if (!c) return undefined;
  return [
    {
      id: 1,
      physicalLocation: {
        artifactLocation: c.source ? uriOf(c.source) : { uri: '.' },
        region: region(c.range),
      },
      message: { text: c.side === 'old' ? 'old version' : 'new version' },
      properties: { pointer: microsoftPointer(c.path) },
    },
  ];
}

/** One SARIF result: level, message, location (1-based lines and columns), pointer, validator wording, fixes. */
function sarifResult(found: Finding, ruleIndex: ReadonlyMap<string, number>, uriOf: ArtifactUri): Result {
  // A result's location must be a file of the checkout for code scanning to show it, not one at a git revision.
  const f = atCheckoutFile(found);
  const id = String(f.code);
  const artifactLocation = f.source ? uriOf(f.source) : { uri: '.' };
  const result: Result = {
    ruleId: id,
    ruleIndex: ruleIndex.get(id) ?? 0,
    level: levelOf(f.severity),
    message: { text: f.message || id },
    locations: [{ physicalLocation: { artifactLocation, region: region(f.range) } }],
    properties: { pointer: microsoftPointer(f.path) },
  };
  const related = relatedLocations(f, uriOf);
  if (related) result.relatedLocations = related;
  const validatorMessage = validatorMessageOf(id);
  if (validatorMessage && result.properties) result.properties.validatorMessage = validatorMessage;
  const fixes = sarifFixes(f, artifactLocation.uri);
  if (fixes) result.fixes = fixes;
  return result;
}

/** The log around the results: one run, its tool with the rules that have findings, the source root. */
function sarifLog(rules: ReportingDescriptor[], results: Result[], options: SarifOptions, cwd: string): Log {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'ppc-lint',
            ...(options.version ? { semanticVersion: options.version, version: options.version } : {}),
            informationUri: REPOSITORY_URL,
            rules,
          },
        },
        originalUriBaseIds: {
          '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith(path.sep) ? cwd : `${cwd}${path.sep}`).href },
        },
        results,
      },
    ],
  };
}

/**
 * A SARIF 2.1.0 log with one run: `tool.driver.rules` lists every rule that has results (id, description,
 * help URI, default level), and each result carries the Microsoft pointer and validator wording in `properties`.
 */
export function buildSarif(findings: readonly Finding[], options: SarifOptions = {}): Log {
  const cwd = options.cwd ?? process.cwd();
  const { rules, ruleIndex } = sarifRules(findings, options);
  const uriOf = artifactUris(cwd);
  return sarifLog(
    rules,
    findings.map((f) => sarifResult(f, ruleIndex, uriOf)),
    options,
    cwd,
  );
}

/** Results per `JSON.stringify`: a chunk stays short, one native call does the work. */
const SLICE = 256;

/** The SARIF log as text in chunks: the run's header, then a slice of results per chunk, so big logs stream. */
export function* sarifChunks(findings: readonly Finding[], options: SarifOptions = {}): Generator<string> {
  const cwd = options.cwd ?? process.cwd();
  const { rules, ruleIndex } = sarifRules(findings, options);
  // The log with an empty result list, split where the results go; the results are indented to match.
  const [head = '', tail = ''] = JSON.stringify(sarifLog(rules, [], options, cwd), null, 2).split(/"results": \[\]/);
  const indent = /\n( *)$/.exec(head)?.[1] ?? '';
  if (findings.length === 0) {
    yield `${head}"results": []${tail}\n`;
    return;
  }
  yield `${head}"results": [`;
  const uriOf = artifactUris(cwd);
  for (let i = 0; i < findings.length; i += SLICE) {
    // The slice inside as many arrays as the log has levels above its results: each result comes out indented as
    // in the log, from its first `{` to its last `}`.
    let nested: unknown = findings.slice(i, i + SLICE).map((f) => sarifResult(f, ruleIndex, uriOf));
    for (let level = 0; level < indent.length / 2; level++) nested = [nested];
    const text = JSON.stringify(nested, null, 2);
    // The file URI is percent-encoded from the real path; any other unsafe character becomes a `\u` escape.
    const results = escapeJsonText(text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1));
    yield `${i === 0 ? '' : ','}\n${indent}  ${results}`;
  }
  yield `\n${indent}]${tail}\n`;
}
