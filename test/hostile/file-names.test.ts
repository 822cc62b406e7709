import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { FORMAT_NAMES, type FormatName } from '../../src/report';
import { escapeControls } from '../../src/utils/sanitize';
import { ROOT, validSwagger } from '../helpers/lint';

// A connector folder's name may hold any character but `/`: each report must still name the real file. Formats that
// can carry it do so losslessly in their own encoding; terminal formats show it escaped. None prints a raw control.
const CLI = path.join(ROOT, 'dist/cli.js');

/** A newline and a tab: every machine format can carry them. */
const PLAIN = 'My\nCon\tnector';
/** A workflow command, a terminal escape, a bell, C1 CSI, a line separator and a bidirectional override. */
const HOSTILE = 'x\n::error title=pwned::X\u001b[31mred\u0007\u009b2J\u2028\u202eevil';

/** Raw characters no report or stderr line may hold (tab and line feed are the formats' own layout). */
// eslint-disable-next-line no-control-regex -- control characters are what this pattern finds.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const DEFINITION = 'apiDefinition.swagger.json';

interface Run {
  cwd: string;
  stdout: string;
  stderr: string;
  /** Each format's report (stylish from stdout, the others from their files). */
  reports: Record<FormatName, string>;
}

let root: string;
let elsewhere: string;
const runs: Record<'inside' | 'outside', Run> = {} as Record<'inside' | 'outside', Run>;

/** Lint the folders with every format at once: stylish on stdout, the nine others to files. */
function lint(targets: string[], cwd: string): Run {
  const out = mkdtempSync(path.join(os.tmpdir(), 'ppc-names-out-'));
  const others = FORMAT_NAMES.filter((f) => f !== 'stylish');
  const args = [CLI, 'lint', ...targets, '-f', 'stylish', ...others.map((f) => `--output.${f}=${path.join(out, f)}`)];
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 26 });
  const reports = { stylish: r.stdout } as Record<FormatName, string>;
  for (const f of others) reports[f] = readFileSync(path.join(out, f), 'utf8');
  rmSync(out, { recursive: true, force: true });
  return { cwd, stdout: r.stdout, stderr: r.stderr, reports };
}

const real = (name: string, file = false): string => path.join(root, name, ...(file ? [DEFINITION] : []));
const expected = (name: string): string[] => [real(name), real(name, true)].sort();
const unique = (list: string[]): string[] => [...new Set(list)].sort();

/** The real paths a run reported for connector folder `name` (each format's paths, decoded, resolved). */
function within(name: string, paths: string[]): string[] {
  return unique(paths.filter((p) => p.startsWith(path.join(root, name))));
}

function decodeProperty(value: string): string {
  return value
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%25/g, '%');
}

const TEAMCITY: Record<string, string> = { n: '\n', r: '\r', x: '\u0085', l: '\u2028', p: '\u2029' };

function decodeTeamcity(value: string): string {
  return value.replace(/\|(0x[0-9a-fA-F]{4}|.)/g, (_, c: string) =>
    c.length === 6 ? String.fromCharCode(parseInt(c.slice(2), 16)) : (TEAMCITY[c] ?? c),
  );
}

function decodeHtml(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** Every file path each machine format reports, decoded from its encoding and resolved against the run's folder. */
const DECODE: Partial<Record<FormatName, (report: string, cwd: string) => string[]>> = {
  json: (report) => (JSON.parse(report) as Array<{ source: string }>).map((f) => f.source),
  'code-climate': (report, cwd) =>
    (JSON.parse(report) as Array<{ location: { path: string } }>).map((i) => path.resolve(cwd, i.location.path)),
  sarif: (report, cwd) => {
    const log = JSON.parse(report) as {
      runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: any } }> }> }>;
    };
    return log.runs[0].results.map((r) => {
      const { uri, uriBaseId } = r.locations[0].physicalLocation.artifactLocation as {
        uri: string;
        uriBaseId?: string;
      };
      return uriBaseId === '%SRCROOT%' ? path.resolve(cwd, decodeURIComponent(uri)) : fileURLToPath(uri);
    });
  },
  'github-actions': (report, cwd) =>
    [...report.matchAll(/^::\w+ file=([^,]*),/gm)].map((m) => path.resolve(cwd, decodeProperty(m[1]))),
  junit: (report, cwd) => {
    expect(XMLValidator.validate(report)).toBe(true);
    // Tab, LF and CR in an attribute are references: raw ones would become spaces when the XML is read.
    for (const [, value] of report.matchAll(/="([^"]*)"/g)) expect(value).not.toMatch(/[\t\n\r]/);
    const doc = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      htmlEntities: true,
      isArray: (n) => n === 'testsuite' || n === 'testcase',
    }).parse(report) as {
      testsuites: { testsuite: Array<{ name: string; testcase: Array<{ file: string; classname: string }> }> };
    };
    return doc.testsuites.testsuite.flatMap((s) => [
      path.resolve(cwd, s.name),
      ...s.testcase.flatMap((c) => [path.resolve(cwd, c.file), path.resolve(cwd, c.classname)]),
    ]);
  },
  html: (report, cwd) => [...report.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => path.resolve(cwd, decodeHtml(m[1]))),
  teamcity: (report) => [...report.matchAll(/ file='((?:[^'|]|\|.)*)'/g)].map((m) => decodeTeamcity(m[1])),
};

/** Formats that carry a tab and a newline losslessly, but not every control character (GitHub, XML). */
const LOSSLESS_FOR_ALL: FormatName[] = ['json', 'code-climate', 'sarif', 'teamcity'];

const built = existsSync(CLI) ? describe : describe.skip;
built('file names with control characters, linted by the built CLI', () => {
  beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'ppc-names-'));
    elsewhere = mkdtempSync(path.join(os.tmpdir(), 'ppc-names-cwd-'));
    for (const name of [PLAIN, HOSTILE]) {
      // One error in the definition (a file finding) and no apiProperties.json or readme (folder findings).
      const d = validSwagger();
      d.info.title = 'Contoso Tasks API';
      mkdirSync(path.join(root, name));
      writeFileSync(path.join(root, name, DEFINITION), JSON.stringify(d, null, 4));
    }
    // Relative paths (the tree is the working folder) and absolute ones (it is not). The folders are named: a tree
    // walk does not find a folder whose name holds a newline (the glob's `.` stops at one).
    runs.inside = lint([PLAIN, HOSTILE], root);
    runs.outside = lint([real(PLAIN), real(HOSTILE)], elsewhere);
  }, 120_000);
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(elsewhere, { recursive: true, force: true });
  });

  describe.each(['inside', 'outside'] as const)('run from %s the tree', (where) => {
    const run = (): Run => runs[where];

    it('reports both folders, their files named in every format', () => {
      for (const format of FORMAT_NAMES) expect(run().reports[format].length).toBeGreaterThan(100);
      expect(JSON.parse(run().reports.json)).toHaveLength(6);
    });

    it.each(Object.keys(DECODE) as FormatName[])('%s: a tab and a newline decode back to the real path', (format) => {
      const paths = DECODE[format]!(run().reports[format], run().cwd);
      expect(within(PLAIN, paths)).toEqual(expected(PLAIN));
    });

    it.each(LOSSLESS_FOR_ALL)('%s: every control character decodes back to the real path', (format) => {
      const paths = DECODE[format]!(run().reports[format], run().cwd);
      expect(within(HOSTILE, paths)).toEqual(expected(HOSTILE));
    });

    it.each(FORMAT_NAMES)('%s: no raw control character, no line a file name started', (format) => {
      const report = run().reports[format];
      expect(report).not.toMatch(UNSAFE);
      for (const line of report.split('\n')) {
        // What follows the newline in each name never begins a line (nor a workflow command).
        expect(line.trimStart()).not.toMatch(/^(Con\tnector|::error title=pwned)/);
      }
      if (format === 'github-actions')
        for (const line of report.trimEnd().split('\n')) expect(line).toMatch(/^::(error|warning|notice) /);
    });

    it('stylish and text show control characters escaped, the file otherwise as it is', () => {
      const { stylish, text } = run().reports;
      const shown = (p: string): string => escapeControls(where === 'inside' ? path.relative(root, p) : p);
      for (const name of [PLAIN, HOSTILE]) {
        expect(stylish.split('\n')).toContain(shown(real(name, true)));
        expect(text).toContain(`${escapeControls(real(name, true))}:`);
      }
      expect(stylish).toContain('My\\nCon\\tnector');
      expect(stylish).toContain('\\u001b[31mred\\u0007\\u009b2J\\u2028\\u202eevil');
      expect(stylish).not.toContain('\t');
      expect(text).not.toContain('\t');
    });

    it('markdown shows each file on one heading line, control characters escaped', () => {
      const headings = run()
        .reports.markdown.split('\n')
        .filter((l) => l.startsWith('### '));
      expect(headings).toHaveLength(4); // each folder and its definition
      expect(headings.some((h) => h.includes('My\\\\nCon\\\\tnector'))).toBe(true);
      expect(run().reports.markdown).not.toContain('\t');
    });

    it('stderr (the profile summary) shows control characters escaped', () => {
      const { stderr } = run();
      expect(stderr).toContain('My\\nCon\\tnector');
      expect(stderr).not.toMatch(UNSAFE);
      expect(stderr).not.toContain('\t');
      for (const line of stderr.trimEnd().split('\n')) expect(line).toMatch(/^ppc-lint: /);
    });
  });
});
