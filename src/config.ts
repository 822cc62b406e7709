import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import { oas } from '@stoplight/spectral-rulesets';
import { minimatch } from 'minimatch';
import {
  isMap,
  isNode,
  isScalar,
  LineCounter,
  parseDocument,
  type Document as YamlDocument,
  type Node as YamlNode,
} from 'yaml';
import { PpcInputError } from './connector/errors';
import { firstDuplicateKey } from './utils/yaml-keys';
import { refuseLinkLeavingRepo } from './connector/found-file';
import { readFailure, readRegularText } from './connector/regular-file';
import { allRules } from './rules';
import { PROFILES, type Profile, type Severity } from './types';
import { isObject, quote } from './utils/guards';
import { present } from './utils/present';

/** What a config says about one rule: a severity, off, or `true` (on at the rule's own severity). */
export type RuleSetting = Severity | 'off' | 'default';

export interface ConfigPattern {
  /** Glob relative to the config file's folder. */
  glob: string;
  /** JSON pointer inside the matched file (`#/paths/~1items/get`), when the pattern has one. */
  pointer?: string;
}

export interface ConfigOverride {
  files: ConfigPattern[];
  rules: Map<string, RuleSetting>;
}

/** A Spectral ruleset file (`.spectral.yaml|yml|json`) as ppc-lint reads it. */
export interface PpcConfig {
  /** Absolute path of the file. */
  file: string;
  /** The profile its `extends` picks, when it extends a spectral-power-platform ruleset. */
  profile?: Profile;
  /** `extends: [[spectral-power-platform, off]]`: every rule starts off and only the ones the file turns on report. */
  allOff: boolean;
  rules: Map<string, RuleSetting>;
  overrides: ConfigOverride[];
  /** What ppc-lint does not apply (other rulesets, custom rule definitions); printed as notes. */
  notes: string[];
}

export const CONFIG_NAMES = ['.spectral.yaml', '.spectral.yml', '.spectral.json'] as const;
/** JavaScript rulesets: Spectral runs them, ppc-lint does not execute them. */
const JS_CONFIG_NAMES = ['.spectral.js', '.spectral.mjs', '.spectral.cjs'] as const;
const isJsConfig = (file: string): boolean => /\.[cm]?js$/i.test(file);

const PACKAGE = 'spectral-power-platform';
const EXTENDS_PATTERN =
  /(?:^|[/\\])spectral-power-platform(?:[/\\](?:dist[/\\](?:vscode[/\\])?)?(certified|independent-publisher|custom|index)(?:\.c?m?js)?)?$/;

/** Rule ids a config may name: ours, Spectral's `spectral:oas` ones. */
function knownRuleIds(): Set<string> {
  const ids = new Set<string>(allRules.map((r) => r.id));
  const oasRules = (oas as { rules?: unknown }).rules;
  if (isObject(oasRules)) for (const id of Object.keys(oasRules)) ids.add(id);
  return ids;
}

let known: Set<string> | undefined;

/** A located, one-line error in a config file. */
function configError(
  file: string,
  text: string,
  lines: LineCounter,
  node: YamlNode | null | undefined,
  message: string,
): PpcInputError {
  const offset = node?.range?.[0];
  const where =
    offset === undefined
      ? ''
      : (() => {
          const pos = lines.linePos(Math.min(offset, text.length));
          return `:${pos.line}:${pos.col}`;
        })();
  return new PpcInputError(`${file}${where}: ${message}`);
}

const SEVERITY_WORDS: Record<string, RuleSetting> = {
  error: 'error',
  warn: 'warn',
  warning: 'warn',
  info: 'info',
  information: 'info',
  hint: 'hint',
  off: 'off',
};
const SEVERITY_NUMBERS: Record<number, RuleSetting> = { [-1]: 'off', 0: 'error', 1: 'warn', 2: 'info', 3: 'hint' };

function ruleSetting(value: unknown): RuleSetting | undefined {
  if (value === true) return 'default';
  if (value === false) return 'off';
  if (typeof value === 'string' && Object.hasOwn(SEVERITY_WORDS, value)) return SEVERITY_WORDS[value];
  if (typeof value === 'number' && Object.hasOwn(SEVERITY_NUMBERS, value)) return SEVERITY_NUMBERS[value];
  return undefined;
}

function profileOf(name: string): Profile | undefined {
  const m = EXTENDS_PATTERN.exec(name);
  if (!m) return undefined;
  const sub = m[1];
  if (!sub || sub === 'index' || sub === 'certified') return 'certified';
  return (PROFILES as readonly string[]).includes(sub) ? (sub as Profile) : undefined;
}

/** Parse a config file's text. Throws a located `PpcInputError` for anything Spectral would also reject. */
export function parseConfig(text: string, file: string): PpcConfig {
  const lines = new LineCounter();
  const doc: YamlDocument = parseDocument(text, { lineCounter: lines, uniqueKeys: false, prettyErrors: false });
  const duplicate = firstDuplicateKey(doc);
  const firstError = doc.errors[0] ?? (duplicate && { pos: duplicate, message: 'Map keys must be unique' });
  if (firstError) {
    const pos = lines.linePos(Math.min(firstError.pos[0], text.length));
    const where = `:${pos.line}:${pos.col}`;
    throw new PpcInputError(`${file}${where}: invalid YAML/JSON: ${firstError.message.split('\n')[0]}`);
  }
  const fail = (at: readonly unknown[], message: string): PpcInputError => {
    // Point at the key for a mapping entry, at the item for a list entry.
    const parent = at.length > 0 ? doc.getIn(at.slice(0, -1), true) : undefined;
    const last = at[at.length - 1];
    const pair = isMap(parent) ? parent.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === last) : undefined;
    const node = pair && isNode(pair.key) ? pair.key : doc.getIn(at, true);
    return configError(file, text, lines, isNode(node) ? node : doc.contents, message);
  };
  let root: unknown;
  try {
    root = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // The yaml library stops on alias bombs ("billion laughs") and similar: a usage error, located at the document.
    throw fail([], `cannot be read as a ruleset (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isObject(root)) throw fail([], 'a ruleset file must be a mapping with "extends", "rules" or "overrides"');
  // Spectral rejects such a file ("Ruleset must have rules or extends or overrides defined"): so does ppc-lint.
  if (!['extends', 'rules', 'overrides'].some((key) => Object.hasOwn(root, key)))
    throw fail([], 'a ruleset file must have "extends", "rules" or "overrides"; it has none of them');
  const config: PpcConfig = { file, allOff: false, rules: new Map(), overrides: [], notes: [] };
  known ??= knownRuleIds();
  let otherRulesets = false;

  // extends: a name, or a list of names and [name, "off" | "all" | "recommended"] pairs.
  const extendsValue = root.extends;
  const entries: unknown[] =
    extendsValue === undefined
      ? []
      : Array.isArray(extendsValue) && !isExtendsPair(extendsValue)
        ? extendsValue
        : [extendsValue];
  entries.forEach((entry, i) => {
    const at = Array.isArray(extendsValue) && !isExtendsPair(extendsValue) ? ['extends', i] : ['extends'];
    const pair: unknown[] | undefined = Array.isArray(entry) ? (entry as unknown[]) : undefined;
    const [name, mode] = pair ? [pair[0], pair[1]] : [entry, undefined];
    if (
      typeof name !== 'string' ||
      (mode !== undefined && mode !== 'off' && mode !== 'all' && mode !== 'recommended')
    ) {
      throw fail(
        at,
        `each "extends" entry must be a ruleset name or [name, "off" | "all" | "recommended"], not ${quote(entry)}`,
      );
    }
    const profile = profileOf(name);
    if (profile) {
      config.profile = profile;
      config.allOff = mode === 'off';
    } else if (name !== 'spectral:oas') {
      otherRulesets = true;
      config.notes.push(
        `${file}: ppc-lint runs only the ${PACKAGE} rules; the rules of ${quote(name)} run in spectral-cli only`,
      );
    }
  });

  const readRules = (value: unknown, at: readonly (string | number)[], into: Map<string, RuleSetting>): void => {
    if (value === undefined) return;
    if (!isObject(value)) throw fail(at, '"rules" must be a mapping of rule ids to severities');
    for (const [id, raw] of Object.entries(value)) {
      const setting = ruleSetting(raw);
      if (setting !== undefined) {
        if (!known!.has(id) && !otherRulesets) {
          throw fail(
            [...at, id],
            `unknown rule ${quote(id)}; use the id of a ${PACKAGE} rule (see docs/rules.md) or of spectral:oas`,
          );
        }
        into.set(id, setting);
      } else if (isObject(raw) && raw.given !== undefined) {
        config.notes.push(`${file}: custom rule ${quote(id)} runs in spectral-cli only, not in ppc-lint`);
      } else {
        throw fail(
          [...at, id],
          `rule ${quote(id)} has setting ${quote(raw)}; use error, warn, info, hint, off, true or false`,
        );
      }
    }
  };
  readRules(root.rules, ['rules'], config.rules);

  const overrides = root.overrides;
  if (overrides !== undefined) {
    if (!Array.isArray(overrides)) throw fail(['overrides'], '"overrides" must be a list of { files, rules } entries');
    overrides.forEach((entry: unknown, i) => {
      if (!isObject(entry)) throw fail(['overrides', i], 'each override must be a mapping with "files" and "rules"');
      const files = entry.files;
      if (!Array.isArray(files) || files.length === 0 || !files.every((f) => typeof f === 'string' && f.length > 0)) {
        throw fail(
          ['overrides', i, 'files'],
          'an override needs "files": a non-empty list of globs, each optionally with a #/json/pointer',
        );
      }
      const patterns = (files as string[]).map((f, j) => {
        const hash = f.indexOf('#');
        if (hash === -1) return { glob: f };
        const pointer = f.slice(hash + 1);
        if (pointer !== '' && !pointer.startsWith('/'))
          throw fail(
            ['overrides', i, 'files', j],
            `${quote(f)}: the part after # must be a JSON pointer such as #/paths/~1items/get`,
          );
        return { glob: f.slice(0, hash), pointer };
      });
      const rules = new Map<string, RuleSetting>();
      readRules(entry.rules, ['overrides', i, 'rules'], rules);
      if (entry.extends !== undefined)
        config.notes.push(`${file}: "extends" inside overrides[${i}] runs in spectral-cli only`);
      config.overrides.push({ files: patterns, rules });
    });
  }
  return config;
}

function isExtendsPair(value: unknown[]): boolean {
  return (
    value.length === 2 &&
    typeof value[0] === 'string' &&
    (value[1] === 'off' || value[1] === 'all' || value[1] === 'recommended')
  );
}

/** Read and parse a config file. A missing, unreadable or invalid file is a `PpcInputError`. */
export async function loadConfig(file: string): Promise<PpcConfig> {
  const abs = path.resolve(file);
  let text: string;
  try {
    text = await readRegularText(abs);
  } catch (e) {
    throw new PpcInputError(`${file}: cannot read ruleset file${readFailure(e, true)}`);
  }
  return parseConfig(text.replace(/^\ufeff/, ''), abs);
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.stat(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Lookups shared by the calls of one run: which config applies from each folder up, and each config file read.
 * Thousands of targets under the same parents otherwise repeat the same file checks (2 s for the corpus's 955).
 * Keep one only as long as the files cannot change (one command's run).
 */
export interface ConfigLookups {
  nearest: Map<string, Promise<string | undefined>>;
  loaded: Map<string, Promise<PpcConfig | undefined>>;
}

export function configLookups(): ConfigLookups {
  return { nearest: new Map(), loaded: new Map() };
}

/**
 * The nearest `.spectral.yaml`, `.spectral.yml` or `.spectral.json` (or JavaScript ruleset), looking in the
 * target's folder and then its parents, up to the git work tree root (a folder with `.git`) or the filesystem root.
 * One that is a symbolic link out of the work tree (or, outside git, its folder) is a `PpcInputError`, never read.
 */
export async function findConfigFile(target: string, lookups?: ConfigLookups): Promise<string | undefined> {
  const abs = path.resolve(target);
  let dir = abs;
  try {
    if (!(await fs.stat(abs)).isDirectory()) dir = path.dirname(abs);
  } catch {
    dir = path.dirname(abs);
  }
  return nearestConfigFrom(dir, lookups);
}

function nearestConfigFrom(dir: string, lookups?: ConfigLookups): Promise<string | undefined> {
  const known = lookups?.nearest.get(dir);
  if (known) return known;
  const found = (async (): Promise<string | undefined> => {
    for (const name of [...CONFIG_NAMES, ...JS_CONFIG_NAMES]) {
      const candidate = path.join(dir, name);
      if (await present(candidate)) {
        await refuseLinkLeavingRepo(candidate, 'ruleset file', 'name a ruleset with --ruleset');
        return candidate;
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir || (await exists(path.join(dir, '.git')))) return undefined;
    return nearestConfigFrom(parent, lookups);
  })();
  lookups?.nearest.set(dir, found);
  return found;
}

/** The config that applies to a target: the given ruleset file, or the nearest one; undefined when there is none. */
export async function configFor(
  target: string,
  rulesetFile?: string,
  lookups?: ConfigLookups,
): Promise<PpcConfig | undefined> {
  const file = rulesetFile ? path.resolve(rulesetFile) : await findConfigFile(target, lookups);
  if (!file) return undefined;
  const known = lookups?.loaded.get(file);
  if (known) return known;
  const config = readConfig(file, rulesetFile);
  lookups?.loaded.set(file, config);
  return config;
}

async function readConfig(file: string, rulesetFile: string | undefined): Promise<PpcConfig | undefined> {
  if (isJsConfig(file)) {
    if (rulesetFile)
      throw new PpcInputError(
        `${rulesetFile}: ppc-lint reads YAML or JSON ruleset files, not JavaScript; use a .spectral.yaml`,
      );
    // The nearest ruleset is JavaScript: ppc-lint does not run code from it, and says so instead of looking further up.
    const note = `${file}: ppc-lint does not read JavaScript rulesets; its severities and overrides apply in Spectral only (use a .spectral.yaml for both)`;
    return { file, allOff: false, rules: new Map(), overrides: [], notes: [note] };
  }
  return loadConfig(file);
}

/** Every rule id the config turns on somewhere (globally or in an override), so that it runs. */
export function rulesEnabledBy(config: PpcConfig): Set<string> {
  const ids = new Set<string>();
  for (const [id, s] of config.rules) if (s !== 'off') ids.add(id);
  for (const o of config.overrides) for (const [id, s] of o.rules) if (s !== 'off') ids.add(id);
  return ids;
}

/** A diagnostic's JSON path as a JSON pointer (`/paths/~1items/get`). */
export function toPointer(jsonPath: readonly (string | number)[]): string {
  return jsonPath.map((seg) => `/${String(seg).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

function matchesPattern(pattern: ConfigPattern, relFile: string, pointer: string): boolean {
  if (!minimatch(relFile, pattern.glob, { dot: true, matchBase: !pattern.glob.includes('/') })) return false;
  if (pattern.pointer === undefined || pattern.pointer === '') return true;
  return pointer === pattern.pointer || pointer.startsWith(`${pattern.pointer}/`);
}

const SEVERITY_CODES: Record<Severity, 0 | 1 | 2 | 3> = { error: 0, warn: 1, info: 2, hint: 3 };

/**
 * Apply a config to final diagnostics: rule severities, `off`, then each matching override in order (the last
 * one wins). Works the same for Spectral rules and folder rules, since it looks only at code, file and path.
 */
export function applyConfig(diagnostics: readonly ISpectralDiagnostic[], config: PpcConfig): ISpectralDiagnostic[] {
  const base = path.dirname(config.file);
  const out: ISpectralDiagnostic[] = [];
  for (const d of diagnostics) {
    const code = String(d.code);
    let setting: RuleSetting = config.allOff ? 'off' : 'default';
    const global = config.rules.get(code);
    if (global !== undefined) setting = global;
    if (config.overrides.length > 0 && d.source) {
      const relFile = path.relative(base, d.source).split(path.sep).join('/');
      const pointer = toPointer(d.path);
      for (const o of config.overrides) {
        const s = o.rules.get(code);
        if (s !== undefined && o.files.some((p) => matchesPattern(p, relFile, pointer))) setting = s;
      }
    }
    if (setting === 'off') continue;
    out.push(setting === 'default' ? d : { ...d, severity: SEVERITY_CODES[setting] });
  }
  return out;
}
