/**
 * Scenario tables: one rule, a list of edits to the valid fixture, and exactly the findings each edit must give.
 *
 *   ruleScenarios('ppc-title-max-length', [
 *     { name: 'a 31-character title', edit: (doc) => { doc.info.title = 'T'.repeat(31); },
 *       expect: [{ path: ['info', 'title'], line: { containing: '"title"' }, message: /has 31 characters/ }] },
 *     { name: 'the valid fixture', edit: () => {}, expect: [] },
 *   ]);
 *
 * Each scenario is one `it`: the edit runs on a fresh deep copy, the document is linted with that rule alone and
 * the findings must equal the expected list, in order (code, path, severity and line when given, message pattern).
 * A table needs at least one scenario that fires and one that stays silent.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import { applyEdits } from '../../src/examples';
import type { Profile, RuleExample } from '../../src/types';
import {
  findRule,
  isPropertiesRule,
  lineContaining,
  lintFolderRule,
  lintPropertiesRule,
  lintRule,
  SEVERITY,
  VALID_DIR,
  validSwagger,
} from './lint';

// Fixture documents are free-form JSON that scenarios poke into (as `validSwagger()` returns).
export type Doc = Record<string, any>;

/**
 * Where a finding must start: a 1-based line, or the first line containing `containing` (at or after `after`'s line).
 */
export type ExpectedLine = number | { containing: string; after?: string };

export interface ExpectedFinding {
  /** Defaults to the rule under test. */
  code?: string;
  /** JSON path of the finding, as an array or dot-joined. */
  path: ReadonlyArray<string | number> | string;
  line?: ExpectedLine;
  severity?: keyof typeof SEVERITY;
  /** A pattern the message must match, or text it must contain. */
  message: RegExp | string;
}

export interface Scenario<D> {
  name: string;
  /** Change the copy in place, or return a replacement (an object, or raw text to lint as is). */
  edit: (doc: D) => unknown;
  expect: readonly ExpectedFinding[];
  profile?: Profile;
}

export type FolderFiles = NonNullable<RuleExample['files']>;

export interface FolderScenario {
  name: string;
  /** Files written over a copy of the valid fixture folder (null deletes one); a function gets the valid texts. */
  files: FolderFiles | ((valid: ValidTexts) => FolderFiles);
  expect: readonly ExpectedFinding[];
  profile?: Profile;
}

/** The valid fixture's text files, for folder scenarios that change a line or two. */
export interface ValidTexts {
  readme: string;
  apiProperties: string;
  swagger: string;
}

export const validTexts: ValidTexts = {
  readme: readFileSync(path.join(VALID_DIR, 'readme.md'), 'utf8'),
  apiProperties: readFileSync(path.join(VALID_DIR, 'apiProperties.json'), 'utf8'),
  swagger: readFileSync(path.join(VALID_DIR, 'apiDefinition.swagger.json'), 'utf8'),
};

/** A fresh deep copy of the valid fixture's apiProperties.json. */
export function validProperties(): Doc {
  return JSON.parse(validTexts.apiProperties) as Doc;
}

function resolveLine(line: ExpectedLine, text: string | undefined): number {
  if (typeof line === 'number') return line;
  if (text === undefined) throw new Error('a line given by content needs a document scenario');
  const from = line.after === undefined ? 0 : lineContaining(text, line.after) - 1;
  return lineContaining(text, line.containing, from);
}

interface Shown {
  code: string | number;
  path: string;
  line?: number;
  severity?: number;
  message: string;
}

/** The findings reduced to what the expectations name, so a mismatch prints as a readable diff. */
function compare(
  ruleId: string,
  results: readonly ISpectralDiagnostic[],
  expected: readonly ExpectedFinding[],
  text?: string,
): void {
  const shown: Shown[] = results.map((r, i) => {
    const e = expected[i];
    const s: Shown = { code: r.code, path: r.path.join('.'), message: r.message };
    if (e?.line !== undefined) s.line = r.range.start.line + 1;
    if (e?.severity !== undefined) s.severity = r.severity;
    return s;
  });
  const wanted = expected.map((e) => {
    const w: Record<string, unknown> = {
      code: e.code ?? ruleId,
      path: typeof e.path === 'string' ? e.path : e.path.join('.'),
      message: typeof e.message === 'string' ? expect.stringContaining(e.message) : expect.stringMatching(e.message),
    };
    if (e.line !== undefined) w.line = resolveLine(e.line, text);
    if (e.severity !== undefined) w.severity = SEVERITY[e.severity];
    return w;
  });
  expect(shown).toEqual(wanted);
}

function checkTable(ruleId: string, expects: ReadonlyArray<readonly ExpectedFinding[]>): void {
  it(`${ruleId}: the table has a firing and a silent scenario`, () => {
    expect({ fires: expects.some((e) => e.length > 0), silent: expects.some((e) => e.length === 0) }).toEqual({
      fires: true,
      silent: true,
    });
  });
}

function runDocScenarios(
  ruleId: string,
  scenarios: ReadonlyArray<Scenario<Doc>>,
  fresh: () => Doc,
  lint: typeof lintRule,
): void {
  checkTable(
    ruleId,
    scenarios.map((s) => s.expect),
  );
  it.each(scenarios.map((s) => [s.name, s] as const))(`${ruleId}: %s`, async (_name, scenario) => {
    const doc = fresh();
    const edited = scenario.edit(doc);
    const target = edited === undefined ? doc : edited;
    const text = typeof target === 'string' ? target : JSON.stringify(target, null, 4);
    compare(ruleId, await lint(ruleId, text, scenario.profile), scenario.expect, text);
  });
}

/** Scenarios for a definition rule: each edits a copy of the valid apiDefinition.swagger.json. */
export function ruleScenarios(ruleId: string, scenarios: ReadonlyArray<Scenario<Doc>>): void {
  runDocScenarios(ruleId, scenarios, validSwagger, lintRule);
}

/** Scenarios for an apiProperties.json rule: each edits a copy of the valid apiProperties.json. */
export function propertiesScenarios(ruleId: string, scenarios: ReadonlyArray<Scenario<Doc>>): void {
  runDocScenarios(ruleId, scenarios, validProperties, lintPropertiesRule);
}

/** Scenarios for a folder rule: each writes files over a temporary copy of the valid fixture folder. */
export function folderScenarios(ruleId: string, scenarios: readonly FolderScenario[]): void {
  checkTable(
    ruleId,
    scenarios.map((s) => s.expect),
  );
  it.each(scenarios.map((s) => [s.name, s] as const))(`${ruleId}: %s`, async (_name, scenario) => {
    const files = typeof scenario.files === 'function' ? scenario.files(validTexts) : scenario.files;
    compare(ruleId, await lintFolderRule(ruleId, files, scenario.profile), scenario.expect);
  });
}

/** One of a rule's documented examples (its `x-ppc` metadata), to reuse its edits or files in a scenario. */
export function documented(ruleId: string, kind: 'valid' | 'invalid', index = 0): RuleExample {
  const example = findRule(ruleId).definition['x-ppc'].examples[kind][index];
  if (!example) throw new Error(`${ruleId} has no ${kind} example ${index}`);
  return example;
}

/**
 * A scenario edit that rebuilds one of a rule's documented examples: its edits to the valid definition, or, for an
 * apiProperties.json rule, the apiProperties.json it documents. Rows that show a documented case use this rather
 * than restating its document, so the docs and the tests cannot drift apart.
 */
export function documentedEdit(ruleId: string, kind: 'valid' | 'invalid', index = 0): (doc: Doc) => unknown {
  const example = documented(ruleId, kind, index);
  if (isPropertiesRule(findRule(ruleId))) {
    const file = example.files?.['apiProperties.json'];
    if (typeof file === 'string') return () => file;
    if (file && typeof file === 'object' && 'json' in file) return () => structuredClone(file.json);
    return (doc) => doc;
  }
  return (doc) => applyEdits(doc, example.edits ?? []);
}

/** The files of one of a folder rule's documented examples, for a folder scenario. */
export function documentedFiles(ruleId: string, kind: 'valid' | 'invalid', index = 0): FolderFiles {
  return documented(ruleId, kind, index).files ?? {};
}
