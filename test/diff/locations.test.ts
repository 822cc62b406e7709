import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { diffRules } from '../../src/diff';
import { swagger } from '../../src/diff/rules/example-docs';
import { cli, useTempDir } from '../helpers/cli';
import { git } from '../helpers/git';
import { diffDocs } from './helpers';

const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object);

// Written out so that every line and column below can be read off the text.
const OLD = `{
  "swagger": "2.0",
  "info": { "title": "Tasks", "version": "1.0" },
  "host": "api.contoso.com",
  "paths": {
    "/tasks": {
      "get": {
        "operationId": "ListTasks",
        "parameters": [
          { "name": "top", "in": "query", "type": "string" },
          { "name": "skip", "in": "query", "type": "integer", "required": true }
        ],
        "responses": { "200": { "description": "OK" } }
      }
    }
  }
}
`;

// "top" became an integer (line 15 here, line 10 before) and "skip" is gone.
const NEW = `{
  "swagger": "2.0",
  "info": { "title": "Tasks", "version": "1.0" },
  "host": "api.contoso.com",
  "paths": {
    "/tasks": {
      "get": {
        "operationId": "ListTasks",
        "summary": "List tasks",
        "parameters": [
          {
            "name": "top",
            "in": "query",
            "x-ms-summary": "Top",
            "type": "integer"
          }
        ],
        "responses": { "200": { "description": "OK" } }
      }
    }
  }
}
`;

/** 0-based line and character of the first occurrence of `needle` (after `after`, when given). */
function at(text: string, needle: string, after = ''): { line: number; character: number } {
  const offset = text.indexOf(needle, after ? text.indexOf(after) : 0);
  if (offset < 0) throw new Error(`${needle} not in the text`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: (before[before.length - 1] ?? '').length };
}

const TYPE_NEW = at(NEW, '"integer"'); // the value of "type" in the new file
const TYPE_OLD = at(OLD, '"string"');
const SKIP_OLD = at(OLD, '{ "name": "skip"');
const PARAMS_NEW = at(NEW, '[', '"parameters"');

const TYPE_CHANGED = 'ppc-bc-input-type-changed';
const REMOVED = 'ppc-bc-parameter-removed';

interface Position {
  line: number;
  character: number;
}
interface JsonOut {
  code: string;
  source: string;
  range: { start: Position };
  pointer: string;
  counterpart?: { side: string; source: string; range: { start: Position }; path: unknown[]; pointer: string };
}
interface SarifLocation {
  id?: number;
  message?: { text: string };
  physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } };
  properties?: { pointer: string };
}
interface SarifOut {
  runs: Array<{ results: Array<{ ruleId: string; locations: SarifLocation[]; relatedLocations?: SarifLocation[] }> }>;
}

/** `line:col` as the text formats print a 0-based position. */
const shown = (p: Position): string => `${p.line + 1}:${p.character + 1}`;

describe('diff findings name the place in the other version', () => {
  const root = useTempDir('ppc-diff-locations-');

  async function versions(): Promise<{ oldFile: string; newFile: string }> {
    const oldFile = path.join(root(), 'old', 'apiDefinition.swagger.json');
    const newFile = path.join(root(), 'new', 'apiDefinition.swagger.json');
    for (const [file, text] of [
      [oldFile, OLD],
      [newFile, NEW],
    ] as const) {
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, text);
    }
    return { oldFile, newFile };
  }

  it('json: a type change is in the new file and was in the old; a removal was in the old, its list in the new', async () => {
    const { oldFile, newFile } = await versions();
    const r = await cli('diff', path.dirname(oldFile), path.dirname(newFile), '-f', 'json', '-q');
    const out = JSON.parse(r.stdout) as JsonOut[];
    expect(out.map((d) => d.code).sort()).toEqual([TYPE_CHANGED, REMOVED]);

    const changed = out.find((d) => d.code === TYPE_CHANGED);
    expect(changed).toMatchObject({ source: newFile, range: { start: TYPE_NEW } });
    expect(changed?.counterpart).toEqual({
      side: 'old',
      source: oldFile,
      range: { start: TYPE_OLD, end: { line: TYPE_OLD.line, character: TYPE_OLD.character + '"string"'.length } },
      path: ['paths', '/tasks', 'get', 'parameters', 0, 'type'],
      pointer: '/paths/~1tasks/get/parameters/0/type',
    });

    const removed = out.find((d) => d.code === REMOVED);
    expect(removed).toMatchObject({ source: oldFile, range: { start: SKIP_OLD } });
    expect(removed?.counterpart).toMatchObject({
      side: 'new',
      source: newFile,
      range: { start: PARAMS_NEW },
      pointer: '/paths/~1tasks/get/parameters',
    });
  });

  it('sarif: the other version is a related location, and the log is valid SARIF 2.1.0', async () => {
    const { oldFile, newFile } = await versions();
    const r = await cli('diff', path.dirname(oldFile), path.dirname(newFile), '-f', 'sarif', '-q');
    const log = JSON.parse(r.stdout) as SarifOut;
    expect(validateSarif(log)).toBe(true);
    const results = log.runs[0]?.results ?? [];
    const region = (p: Position): { startLine: number; startColumn: number } => ({
      startLine: p.line + 1,
      startColumn: p.character + 1,
    });

    const changed = results.find((x) => x.ruleId === TYPE_CHANGED);
    expect(changed?.locations[0]?.physicalLocation.region).toMatchObject(region(TYPE_NEW));
    expect(changed?.locations[0]?.physicalLocation.artifactLocation.uri).toMatch(/new\/apiDefinition\.swagger\.json$/);
    expect(changed?.relatedLocations).toHaveLength(1);
    expect(changed?.relatedLocations?.[0]).toMatchObject({
      id: 1,
      message: { text: 'old version' },
      physicalLocation: { region: region(TYPE_OLD) },
      properties: { pointer: '/paths/~1tasks/get/parameters/0/type' },
    });
    expect(changed?.relatedLocations?.[0]?.physicalLocation.artifactLocation.uri).toMatch(
      /old\/apiDefinition\.swagger\.json$/,
    );

    const removed = results.find((x) => x.ruleId === REMOVED);
    expect(removed?.locations[0]?.physicalLocation.region).toMatchObject(region(SKIP_OLD));
    expect(removed?.relatedLocations?.[0]).toMatchObject({
      message: { text: 'new version' },
      physicalLocation: { region: region(PARAMS_NEW) },
    });
    expect(removed?.relatedLocations?.[0]?.physicalLocation.artifactLocation.uri).toMatch(
      /new\/apiDefinition\.swagger\.json$/,
    );
  });

  it('stylish: a line under the finding names the other version', async () => {
    const { oldFile, newFile } = await versions();
    const r = await cli('diff', path.dirname(oldFile), path.dirname(newFile), '-q');
    const lines = r.stdout.split('\n');
    // Under the type change (after its rule id), then under the removal.
    const typeLine = lines.findIndex((l) => l.includes(TYPE_CHANGED));
    expect(lines[typeLine + 1]?.trim()).toBe(`was at ${oldFile}:${shown(TYPE_OLD)}`);
    const removedLine = lines.findIndex((l) => l.includes(REMOVED));
    expect(lines[removedLine + 1]?.trim()).toBe(`new version at ${newFile}:${shown(PARAMS_NEW)}`);
    // text and markdown end the message with it.
    const text = await cli('diff', path.dirname(oldFile), path.dirname(newFile), '-f', 'text', '-q');
    expect(text.stdout).toContain(`(was at ${oldFile}:${shown(TYPE_OLD)})"`);
    const markdown = await cli('diff', path.dirname(oldFile), path.dirname(newFile), '-f', 'markdown', '-q');
    expect(markdown.stdout).toContain(`(new version at ${newFile.replace(/_/g, '\\_')}:${shown(PARAMS_NEW)}) |`);
  });

  it('--base: the old version is named ref:path, and SARIF stays valid', async () => {
    const repo = root();
    const folder = path.join(repo, 'connectors', 'Contoso');
    const file = path.join(folder, 'apiDefinition.swagger.json');
    await fs.mkdir(folder, { recursive: true });
    git(repo, 'init', '-q');
    await fs.writeFile(file, OLD);
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'old');
    await fs.writeFile(file, NEW);
    const name = 'HEAD:connectors/Contoso/apiDefinition.swagger.json';

    const json = JSON.parse((await cli('diff', '--base', 'HEAD', folder, '-f', 'json', '-q')).stdout) as JsonOut[];
    const changed = json.find((d) => d.code === TYPE_CHANGED);
    expect(changed?.source).toBe(file);
    expect(changed?.counterpart).toMatchObject({ side: 'old', source: name, range: { start: TYPE_OLD } });
    const removed = json.find((d) => d.code === REMOVED);
    expect(removed).toMatchObject({ source: name, range: { start: SKIP_OLD } });
    expect(removed?.counterpart).toMatchObject({ side: 'new', source: file, range: { start: PARAMS_NEW } });

    const log = JSON.parse((await cli('diff', '--base', 'HEAD', folder, '-f', 'sarif', '-q')).stdout) as SarifOut;
    expect(validateSarif(log)).toBe(true);
    const related = log.runs[0]?.results.find((x) => x.ruleId === TYPE_CHANGED)?.relatedLocations?.[0];
    expect(related?.physicalLocation.artifactLocation.uri).toMatch(
      /HEAD%3Aconnectors\/Contoso\/apiDefinition\.swagger\.json$/,
    );
    // A removal's main location is the checkout's file (code scanning shows no other); the revision is related.
    const removal = log.runs[0]?.results.find((x) => x.ruleId === REMOVED);
    expect(removal?.locations[0]?.physicalLocation.artifactLocation.uri).toBe(pathToFileURL(file).href);
    expect(removal?.relatedLocations?.[0]?.physicalLocation.artifactLocation.uri).toBe(
      related?.physicalLocation.artifactLocation.uri,
    );

    const stylish = (await cli('diff', '--base', 'HEAD', folder, '-q')).stdout;
    expect(stylish).toContain(`was at ${name}:${shown(TYPE_OLD)}`);
  });
});

describe('the counterpart of each rule', () => {
  it('every invalid example names the same place in the other version (an operation removed without successor, and a syntax error, have none)', async () => {
    const without = new Set<string>();
    for (const rule of diffRules)
      for (const example of rule.examples.invalid) {
        const result = await diffDocs(example.old, example.new);
        for (const d of result.diagnostics.filter((x) => x.code === rule.id)) {
          const main = d.source?.includes('/old/') ? 'old' : 'new';
          if (!d.counterpart) {
            without.add(rule.id);
            continue;
          }
          expect(d.counterpart.side).toBe(main === 'old' ? 'new' : 'old');
          expect(d.counterpart.source).toBe(d.source?.replace(`/${main}/`, `/${d.counterpart.side}/`));
          expect(d.counterpart.range.start.line).toBeGreaterThan(0);
        }
      }
    // A syntax error is in one file only: the other version has no such place.
    expect([...without].sort()).toEqual(['ppc-bc-operation-removed', 'ppc-bc-partial-comparison']);
  });

  it('a place the other version does not have is left out', async () => {
    const old = swagger({});
    const { host: _host, ...noHost } = old as Record<string, unknown>;
    const result = await diffDocs({ swagger: old }, { swagger: noHost });
    const d = result.diagnostics.find((x) => x.code === 'ppc-bc-host-or-basepath-changed');
    expect(d?.source).toBe('/virtual/old/apiDefinition.swagger.json');
    expect(d?.counterpart).toBeUndefined();
  });
});
