import { promises as fs, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Document, Ruleset, Spectral, type ISpectralDiagnostic } from '@stoplight/spectral-core';
import { Json } from '@stoplight/spectral-parsers';
import { loadConnector } from '../../src/connector/load';
import { applyEdits } from '../../src/examples';
import { runFolderRules } from '../../src/lint';
import { severityIn } from '../../src/profiles';
import { allRules, apiPropertiesRules } from '../../src/rules';
import { PROFILES, type AnyRule, type ExampleEdit, type Profile, type RuleExample } from '../../src/types';

export const ROOT = path.resolve(__dirname, '../..');
export const VALID_DIR = path.join(ROOT, 'fixtures/connectors/valid');
export const VIRTUAL_SOURCE = '/virtual/apiDefinition.swagger.json';
export const VIRTUAL_PROPERTIES_SOURCE = '/virtual/apiProperties.json';

const validText = readFileSync(path.join(VALID_DIR, 'apiDefinition.swagger.json'), 'utf8');

/** A fresh deep copy of the valid fixture's definition, to break one thing in. */
export function validSwagger(): Record<string, any> {
  return JSON.parse(validText) as Record<string, any>;
}

/** The valid fixture with example edits applied. */
export function editedSwagger(edits: readonly ExampleEdit[]): unknown {
  return applyEdits(validSwagger(), edits);
}

export function findRule(id: string): AnyRule {
  const rule = allRules.find((r) => r.id === id);
  if (!rule) throw new Error(`No rule ${id}`);
  return rule;
}

const spectralCache = new Map<string, Spectral>();

function spectralForRule(id: string, profile: Profile): Spectral {
  const key = `${id}:${profile}`;
  let spectral = spectralCache.get(key);
  if (!spectral) {
    const rule = findRule(id);
    if (rule.kind !== 'spectral') throw new Error(`${id} is a folder rule; use lintFolderRule`);
    const severity = severityIn(rule, profile);
    spectral = new Spectral();
    spectral.setRuleset(new Ruleset({ rules: { [id]: { ...rule.definition, severity: severity || 'error' } } }));
    spectralCache.set(key, spectral);
  }
  return spectral;
}

/**
 * Lint a definition (an object, serialised with 4-space indent, or raw text) with one Spectral rule alone,
 * as the CLI would (a Document with a source path, so ranges match).
 */
export async function lintRule(
  id: string,
  definition: unknown,
  profile: Profile = 'certified',
): Promise<ISpectralDiagnostic[]> {
  const text = typeof definition === 'string' ? definition : JSON.stringify(definition, null, 4);
  const results = await spectralForRule(id, profile).run(new Document(text, Json, VIRTUAL_SOURCE));
  return results.filter((r) => r.code === id);
}

/** Lint an apiProperties.json (an object, or raw text) with one apiProperties Spectral rule alone. */
export async function lintPropertiesRule(
  id: string,
  properties: unknown,
  profile: Profile = 'certified',
): Promise<ISpectralDiagnostic[]> {
  const text = typeof properties === 'string' ? properties : JSON.stringify(properties, null, 4);
  const results = await spectralForRule(id, profile).run(new Document(text, Json, VIRTUAL_PROPERTIES_SOURCE));
  return results.filter((r) => r.code === id);
}

/** Whether a Spectral rule is an apiProperties.json rule. */
export function isPropertiesRule(rule: AnyRule): boolean {
  return rule.kind === 'spectral' && apiPropertiesRules.some((r) => r.id === rule.id);
}

/** The first profile that runs a rule (certified unless the rule is left out of it). */
export function profileOf(rule: AnyRule): Profile {
  return PROFILES.find((p) => severityIn(rule, p) !== false) ?? 'certified';
}

/** Write a copy of the valid fixture folder with some files replaced (null deletes), and return its path. */
export async function connectorWith(files: NonNullable<RuleExample['files']>): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ppc-fixture-'));
  for (const name of await fs.readdir(VALID_DIR)) await fs.copyFile(path.join(VALID_DIR, name), path.join(dir, name));
  for (const [name, content] of Object.entries(files)) {
    const target = path.join(dir, name);
    if (content === null) await fs.rm(target, { recursive: true, force: true });
    else {
      await fs.mkdir(path.dirname(target), { recursive: true });
      if (typeof content === 'string') await fs.writeFile(target, content);
      else if ('base64' in content) await fs.writeFile(target, Buffer.from(content.base64, 'base64'));
      else await fs.writeFile(target, `${JSON.stringify(content.json, null, 4)}\n`);
    }
  }
  return dir;
}

/** Run one folder rule over a copy of the valid fixture with some files replaced. */
export async function lintFolderRule(
  id: string,
  files: NonNullable<RuleExample['files']>,
  profile: Profile = 'certified',
): Promise<ISpectralDiagnostic[]> {
  const dir = await connectorWith(files);
  try {
    return runFolderRules(await loadConnector(dir), profile).filter((r) => r.code === id);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** Findings of a rule for one of its documented examples. */
export async function lintExample(rule: AnyRule, example: RuleExample): Promise<ISpectralDiagnostic[]> {
  if (rule.kind === 'folder') return lintFolderRule(rule.id, example.files ?? {}, profileOf(rule));
  if (isPropertiesRule(rule)) {
    const file = example.files?.['apiProperties.json'];
    const properties =
      file === undefined || file === null || (typeof file === 'object' && 'base64' in file)
        ? readFileSync(path.join(VALID_DIR, 'apiProperties.json'), 'utf8')
        : typeof file === 'string'
          ? file
          : file.json;
    return lintPropertiesRule(rule.id, properties, profileOf(rule));
  }
  return lintRule(rule.id, editedSwagger(example.edits ?? []));
}

/** 1-based line of a diagnostic, as editors and the CLI show it. */
export function lineOf(d: ISpectralDiagnostic): number {
  return d.range.start.line + 1;
}

/** 1-based line in `text` of the first line containing `needle` (to assert locations without hard-coding them). */
export function lineContaining(text: string, needle: string, from = 0): number {
  const lines = text.split('\n');
  for (let i = from; i < lines.length; i++) if (lines[i].includes(needle)) return i + 1;
  throw new Error(`"${needle}" not found`);
}

export const SEVERITY = { error: 0, warn: 1, info: 2, hint: 3 } as const;
