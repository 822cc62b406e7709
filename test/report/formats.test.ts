import { escapeControls, sanitizeMessage } from '../../src/utils/sanitize';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { lintConnector } from '../../src/lint';
import { FORMAT_NAMES, formatDiagnostics, type FormatName } from '../../src/report';
import { ROOT } from '../helpers/lint';

const sarifSchema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object;
const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(sarifSchema);

const CORPUS_FOLDER = path.resolve(ROOT, '../shared/corpus/certified-connectors/365Training');
const SOURCE = path.join(ROOT, 'fixtures/tricky, dir/apiDefinition.swagger.json');
const NASTY = 'Bad "value" <script>alert(1)</script> & 100% | pipe, colon: ]]> \u0001 ctl \ud800 lone\nnext line';

function finding(over: Partial<ISpectralDiagnostic> = {}): ISpectralDiagnostic {
  return {
    code: 'ppc-title-no-api-connector',
    message: 'Title "Contoso API" ends with "API"; drop it.',
    severity: 0,
    source: SOURCE,
    path: ['paths', '/items/{id}', 'get'],
    range: { start: { line: 11, character: 4 }, end: { line: 11, character: 20 } },
    documentationUrl:
      'https://github.com/spectral-power-platform/spectral-power-platform/blob/main/docs/rules/ppc-title-no-api-connector.md',
    ...over,
  };
}

/** A small list covering every severity, a rule with a validator message, a foreign code and hostile text. */
function sample(): ISpectralDiagnostic[] {
  return [
    finding(),
    finding({
      code: 'ppc-schema-depth',
      severity: 0,
      message: NASTY,
      path: ['definitions', 'a~b', 'properties'],
      range: { start: { line: 20, character: 0 }, end: { line: 25, character: 3 } },
    }),
    finding({
      code: 'invalid-ref',
      severity: 1,
      message: "No resolver defined for scheme 'https'",
      documentationUrl: undefined,
      path: [],
    }),
    finding({ code: 'ppc-trigger-hint', severity: 2, source: path.join(ROOT, 'fixtures/other/apiProperties.json') }),
    finding({ code: 'ppc-visibility-declared', severity: 3, message: 'x'.repeat(700) }),
  ];
}

interface JunitCase {
  name: string;
  failure?: { message: string };
}

function junitCases(xml: string): JunitCase[] {
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (name) => name === 'testsuite' || name === 'testcase',
  }).parse(xml) as {
    testsuites: { testsuite: Array<{ testcase: JunitCase[] }> };
  };
  return doc.testsuites.testsuite.flatMap((s) => s.testcase);
}

describe('formats on a hand-made list', () => {
  const options = { failSeverity: 'error' as const, version: '1.2.3', cwd: ROOT };

  it('stylish: a header per file, then line:col, severity, message and rule id, within 100 columns', () => {
    const out = formatDiagnostics(sample(), 'stylish', options);
    const lines = out.split('\n');
    expect(lines[0]).toBe('fixtures/tricky, dir/apiDefinition.swagger.json');
    expect(out).toMatch(
      /^ {2}12:5 +error +Title "Contoso API" ends with "API"; drop it\. {2}ppc-title-no-api-connector$/m,
    );
    expect(out).toContain('\nfixtures/other/apiProperties.json\n');
    expect(out).not.toContain('/items/{id}'); // no JSON path
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(100);
    expect(out).toMatch(/x…/); // 700-character message is cut
    expect(
      lines.filter((l) => l.trim() === 'ppc-visibility-declared' || l.endsWith('ppc-visibility-declared')),
    ).toHaveLength(1);
    expect(out.trimEnd().split('\n').pop()).toBe('✖ 5 problems (2 errors, 1 warning, 1 info, 1 hint)');
    expect(formatDiagnostics([], 'stylish', options)).toBe('No problems found.\n');
  });

  it('json: Spectral fields plus the Microsoft pointer and the validator message', () => {
    const parsed = JSON.parse(formatDiagnostics(sample(), 'json', options)) as Array<Record<string, unknown>>;
    expect(parsed).toHaveLength(5);
    expect(parsed[0]).toMatchObject({
      code: 'ppc-title-no-api-connector',
      severity: 0,
      source: SOURCE,
      pointer: '/paths/~1items~1{id}/get',
    });
    expect(parsed[0].validatorMessage).toMatch(/restricted words/);
    expect(parsed[2]).not.toHaveProperty('validatorMessage');
    expect(parsed[1]).toMatchObject({
      pointer: '/definitions/a~0b/properties',
      validatorMessage: 'SchemaTooDeep',
      message: sanitizeMessage(NASTY),
    });
    expect(parsed[2]).toMatchObject({ pointer: '' });
    expect(JSON.parse(formatDiagnostics([], 'json', options))).toEqual([]);
  });

  it('sarif: valid SARIF 2.1.0 with rule metadata, levels, regions and pointers', () => {
    const log = JSON.parse(formatDiagnostics(sample(), 'sarif', options)) as {
      runs: Array<{
        tool: { driver: { name: string; version: string; rules: Array<Record<string, unknown>> } };
        results: Array<{
          ruleId: string;
          ruleIndex: number;
          level: string;
          properties: Record<string, string>;
          locations: Array<{
            physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } };
          }>;
        }>;
      }>;
    };
    expect(validateSarif(log)).toBe(true);
    const run = log.runs[0];
    expect(run.tool.driver).toMatchObject({ name: 'ppc-lint', version: '1.2.3' });
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual([
      'ppc-title-no-api-connector',
      'ppc-schema-depth',
      'invalid-ref',
      'ppc-trigger-hint',
      'ppc-visibility-declared',
    ]);
    expect(run.tool.driver.rules[0]).toMatchObject({
      shortDescription: { text: expect.stringMatching(/\w/) },
      helpUri: expect.stringMatching(/docs\/rules\/ppc-title-no-api-connector\.md$/),
      defaultConfiguration: { level: 'error' },
    });
    expect(run.tool.driver.rules[1]).toMatchObject({ properties: { validatorMessage: 'SchemaTooDeep' } });
    expect(run.results.map((r) => r.level)).toEqual(['error', 'error', 'warning', 'note', 'note']);
    expect(run.results[0]).toMatchObject({ ruleIndex: 0, properties: { pointer: '/paths/~1items~1{id}/get' } });
    expect(run.results[0].locations[0].physicalLocation).toMatchObject({
      artifactLocation: { uri: 'fixtures/tricky%2C%20dir/apiDefinition.swagger.json' },
      region: { startLine: 12, startColumn: 5 },
    });
    expect(run.results[1].properties.validatorMessage).toBe('SchemaTooDeep');
    const empty = JSON.parse(formatDiagnostics([], 'sarif', options)) as unknown;
    expect(validateSarif(empty)).toBe(true);
    expect(
      validateSarif({
        version: '2.1.0',
        runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'a' }, level: 'bad' }] }],
      }),
    ).toBe(false);
  });

  it('github-actions: errors first, at most N annotations, a notice for the rest, values escaped', () => {
    const list = sample().reverse();
    const out = formatDiagnostics(list, 'github-actions', { ...options, maxAnnotations: 3 })
      .trimEnd()
      .split('\n');
    expect(out).toHaveLength(4);
    expect(out[0]).toMatch(
      /^::error file=fixtures\/tricky%2C dir\/apiDefinition\.swagger\.json,line=21,endLine=26,col=1,title=ppc-schema-depth::Bad "value"/,
    );
    expect(out[0]).toContain('100%25 | pipe, colon: ]]>');
    // one line: control characters and the newline are escaped
    expect(out[0]).toContain('\\u0001 ctl \ud800 lone\\nnext line');
    expect(out[1]).toMatch(/^::error .*title=ppc-title-no-api-connector::/);
    expect(out[2]).toMatch(/^::warning .*title=invalid-ref::No resolver defined for scheme 'https'$/);
    expect(out[3]).toBe(
      '::notice title=ppc-lint::2 more findings not annotated (0 errors, 0 warnings, 2 infos/hints); run ppc-lint with --format stylish or sarif to see them all.',
    );
    // One of each is counted in the singular.
    const one = formatDiagnostics(list, 'github-actions', { ...options, maxAnnotations: 0 })
      .trimEnd()
      .split('\n');
    expect(one.at(-1)).toMatch(
      /^::notice title=ppc-lint::5 more findings not annotated \(2 errors, 1 warning, 2 infos\/hints\)/,
    );
    expect(formatDiagnostics(list, 'html', options)).toContain('<title>ppc-lint report: 2 errors, 1 warning</title>');
    const all = formatDiagnostics(list, 'github-actions', options).trimEnd().split('\n');
    expect(all).toHaveLength(5);
    expect(all.some((l) => l.startsWith('::notice file='))).toBe(true);
  });

  it('junit: well-formed XML, one test case per finding, failures at the fail severity', () => {
    const xml = formatDiagnostics(sample(), 'junit', options);
    const cases = junitCases(xml);
    expect(cases).toHaveLength(5);
    expect(cases.filter((c) => c.failure)).toHaveLength(2);
    expect(cases[1].failure!.message).toContain('<script>alert(1)</script> & 100%');
    expect(
      junitCases(formatDiagnostics(sample(), 'junit', { ...options, failSeverity: 'hint' })).filter((c) => c.failure),
    ).toHaveLength(5);
    expect(junitCases(formatDiagnostics([], 'junit', options))).toHaveLength(1);
  });

  it('markdown: one table per file, cells escaped', () => {
    const out = formatDiagnostics(sample(), 'markdown', options);
    expect(out.match(/^### /gm)).toHaveLength(2);
    const rows = out.split('\n').filter((l) => /^\| \d+:\d+ \|/.test(l));
    expect(rows).toHaveLength(5);
    // Every row has exactly 5 cells: escaped pipes do not split cells.
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBe(7);
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;script&gt;');
  });

  it('markdown: a key with a pipe, a backtick or HTML stays inside its code span and its cell', () => {
    const pointerCell = (keys: string[]): string => {
      const out = formatDiagnostics([finding({ path: ['definitions', ...keys] })], 'markdown', options);
      const row = out.split('\n').find((l) => /^\| \d+:\d+ \|/.test(l)) ?? '';
      // GFM ends a cell at every `|` not right after a backslash, code spans included.
      const cells = row.split(/(?<!\\)\|/);
      expect(cells).toHaveLength(7);
      return cells[5].trim();
    };
    // A fence longer than any backtick run, so none closes the span; `\|` is `|` inside it.
    expect(pointerCell(['a|b`<img src=x onerror=alert(1)>'])).toBe(
      '``/definitions/a\\|b`<img src=x onerror=alert(1)>``',
    );
    expect(pointerCell(['x``|y`'])).toBe('``` /definitions/x``\\|y` ```');
    expect(pointerCell(['a\\|b'])).toBe('`/definitions/a\\\\|b`');
  });

  it('markdown: a documentation URL that is not a plain web address is not linked', () => {
    const out = formatDiagnostics(
      [finding({ documentationUrl: 'https://x.test/a|b)<img src=x onerror=alert(1)>' })],
      'markdown',
      options,
    );
    const row = out.split('\n').find((l) => /^\| \d+:\d+ \|/.test(l)) ?? '';
    expect(row.split(/(?<!\\)\|/)).toHaveLength(7);
    expect(row).toContain('| ppc-title-no-api-connector |');
    expect(out).not.toContain('<img');
    const js = formatDiagnostics([finding({ documentationUrl: 'javascript:alert(1)' })], 'markdown', options);
    expect(js).not.toContain('javascript:');
  });

  it('html: self-contained, every value escaped', () => {
    const out = formatDiagnostics(sample(), 'html', options);
    expect(out.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(out).not.toMatch(/<script|<link|src=/);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; 100%');
    expect(out.match(/<tr><td>/g)).toHaveLength(5);
  });

  it('text and teamcity come from Spectral, code-climate has its shape', () => {
    expect(
      formatDiagnostics(sample(), 'text', options)
        .split('\n')
        .filter((l) => l.startsWith(ROOT)),
    ).toHaveLength(5);
    expect(formatDiagnostics(sample(), 'teamcity', options)).toContain(
      "##teamcity[inspection typeId='ppc-title-no-api-connector'",
    );
    expect(JSON.parse(formatDiagnostics(sample(), 'code-climate', options))).toHaveLength(5);
  });
});

describe('a file name with control characters', () => {
  // Each machine format carries the real name in its own encoding; the terminal ones show it escaped. None has a raw
  // control character (tab and line feed aside: the formats' own layout) or a bidirectional override.
  // eslint-disable-next-line no-control-regex -- control characters are what this pattern finds.
  const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
  const NAME = "a\tb\nc\u001bd\u0085e\u009bf\u2028g\u202eh|i'j[k]l,m:n%o\\p";
  const REL = `fixtures/${NAME}/apiDefinition.swagger.json`;
  const FILE = path.join(ROOT, REL);
  const options = { failSeverity: 'error' as const, cwd: ROOT };
  const render = (format: FormatName): string => formatDiagnostics([finding({ source: FILE })], format, options);

  it.each(FORMAT_NAMES)('%s: nothing raw', (format) => {
    const out = render(format);
    expect(out).not.toMatch(UNSAFE);
    expect(out.split('\n').some((line) => line.startsWith('b\nc') || line.startsWith('c'))).toBe(false);
  });

  it('json and code-climate: the real name, JSON-escaped', () => {
    const json = render('json');
    expect((JSON.parse(json) as Array<{ source: string }>)[0].source).toBe(FILE);
    expect(json).toContain('a\\tb\\nc\\u001bd\\u0085e\\u009bf\\u2028g\\u202eh');
    const issues = JSON.parse(render('code-climate')) as Array<{ location: { path: string }; fingerprint: string }>;
    // Spectral's formatter read the backslash as a separator: the name is kept here.
    expect(issues[0].location.path).toBe(REL);
    expect(issues[0].fingerprint.startsWith(`${REL}:`)).toBe(true);
  });

  it('sarif: the real name, percent-encoded', () => {
    const log = JSON.parse(render('sarif')) as {
      runs: Array<{
        results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }>;
      }>;
    };
    expect(validateSarif(log)).toBe(true);
    const { uri } = log.runs[0].results[0].locations[0].physicalLocation.artifactLocation;
    expect(uri).toContain('a%09b%0Ac%1Bd');
    expect(uri.split('/').map(decodeURIComponent).join('/')).toBe(REL);
  });

  it('github-actions: the property encoding for line breaks, other controls shown escaped', () => {
    const out = render('github-actions');
    expect(out.trimEnd().split('\n')).toHaveLength(1);
    const file = /^::error file=([^,]*),line=/.exec(out)?.[1] ?? '';
    expect(file).toContain('a\tb%0Ac\\u001bd');
    expect(file).toContain('n%25o');
    const decoded = file
      .replace(/%3A/g, ':')
      .replace(/%2C/g, ',')
      .replace(/%0D/g, '\r')
      .replace(/%0A/g, '\n')
      .replace(/%25/g, '%');
    // Tab and newline decode to themselves; the property encoding has no escape for the others.
    expect(decoded).toBe(escapeControls(REL).replace('\\t', '\t').replace('\\n', '\n'));
  });

  it('junit and html: numeric references where XML allows them, U+FFFD where not', () => {
    const xml = render('junit');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('file="fixtures/a&#9;b&#10;c\uFFFDd&#133;e&#155;f&#8232;g&#8238;h|i&apos;j[k]l,m:n%o\\p/');
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', htmlEntities: true }).parse(xml) as {
      testsuites: { testsuite: { name: string } };
    };
    expect(doc.testsuites.testsuite.name).toBe(REL.replace('\u001b', '\uFFFD'));
    // HTML reads &#128;-&#159; as Windows-1252 characters: C1 controls are U+FFFD there.
    expect(render('html')).toContain(
      '<h2>fixtures/a&#9;b&#10;c\uFFFDd\uFFFDe\uFFFDf&#8232;g&#8238;h|i&#39;j[k]l,m:n%o\\p/',
    );
  });

  it('teamcity: its own escapes, the real name', () => {
    const out = render('teamcity');
    const value = / file='((?:[^'|]|\|.)*)'/.exec(out)?.[1] ?? '';
    expect(value).toContain("a|0x0009b|nc|0x001bd|xe|0x009bf|lg|0x202eh||i|'j|[k|]l,m:n%o\\p");
    const names: Record<string, string> = { n: '\n', r: '\r', x: '\u0085', l: '\u2028', p: '\u2029' };
    const decoded = value.replace(/\|(0x[0-9a-f]{4}|.)/g, (_, c: string) =>
      c.length === 6 ? String.fromCharCode(parseInt(c.slice(2), 16)) : (names[c] ?? c),
    );
    expect(decoded).toBe(FILE);
  });

  it('stylish, text and markdown: control characters shown escaped', () => {
    const shown = escapeControls(REL);
    expect(shown).toContain('a\\tb\\nc\\u001bd');
    expect(render('stylish').split('\n')[0]).toBe(shown);
    expect(render('text').startsWith(`${escapeControls(FILE)}:12:5 error`)).toBe(true);
    expect(render('markdown')).toContain('### fixtures/a\\\\tb\\\\nc\\\\u001bd');
  });
});

describe('a diff finding with its place in the other version', () => {
  // eslint-disable-next-line no-control-regex -- control characters are what this pattern finds.
  const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
  const OTHER_REL = 'fixtures/old\nversion_1/apiDefinition.swagger.json';
  const OTHER = path.join(ROOT, OTHER_REL);
  const options = { failSeverity: 'error' as const, version: '1.2.3', cwd: ROOT };
  const counterpart = {
    side: 'old',
    source: OTHER,
    path: ['paths', '/items/{id}', 'get', 'parameters', 0, 'x\u001by'],
    range: { start: { line: 4, character: 8 }, end: { line: 4, character: 16 } },
  };
  const withOther = (): ISpectralDiagnostic[] => [finding({ counterpart } as Partial<ISpectralDiagnostic>)];
  const render = (format: FormatName): string => formatDiagnostics(withOther(), format, options);

  it.each(['github-actions', 'junit', 'teamcity', 'code-climate'] as FormatName[])(
    '%s: no place for it, the output of the finding alone',
    (format) => {
      expect(render(format)).toBe(formatDiagnostics([finding()], format, options));
    },
  );

  it.each(FORMAT_NAMES)('%s: nothing raw', (format) => {
    expect(render(format)).not.toMatch(UNSAFE);
  });

  it('json: a counterpart field with the real file and a printable path', () => {
    const [out] = JSON.parse(render('json')) as Array<Record<string, unknown>>;
    expect(out?.counterpart).toEqual({
      side: 'old',
      source: OTHER,
      range: counterpart.range,
      path: ['paths', '/items/{id}', 'get', 'parameters', 0, 'x\\u001by'],
      pointer: '/paths/~1items~1{id}/get/parameters/0/x\\u001by',
    });
    // Everything else is the finding alone.
    delete out?.counterpart;
    expect(out).toEqual((JSON.parse(formatDiagnostics([finding()], 'json', options)) as unknown[])[0]);
  });

  it('sarif: a related location, percent-encoded like the main one, in valid SARIF', () => {
    const log = JSON.parse(render('sarif')) as {
      runs: Array<{ results: Array<{ relatedLocations?: Array<Record<string, unknown>> }> }>;
    };
    expect(validateSarif(log)).toBe(true);
    expect(log.runs[0].results[0].relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: {
          artifactLocation: { uri: 'fixtures/old%0Aversion_1/apiDefinition.swagger.json', uriBaseId: '%SRCROOT%' },
          region: { startLine: 5, startColumn: 9, endLine: 5, endColumn: 17 },
        },
        message: { text: 'old version' },
        properties: { pointer: '/paths/~1items~1{id}/get/parameters/0/x\\u001by' },
      },
    ]);
  });

  it('stylish, text, markdown and html: "was at" with the file shown as each shows its own', () => {
    const lines = render('stylish').split('\n');
    const code = lines.findIndex((l) => l.endsWith('ppc-title-no-api-connector'));
    expect(lines[code + 1]).toMatch(/^ +was at fixtures\/old\\nversion_1\/apiDefinition\.swagger\.json:5:9$/);
    expect(render('text')).toContain(`drop it. (was at ${escapeControls(OTHER)}:5:9)"`);
    expect(render('markdown')).toContain(
      'drop it. (was at fixtures/old\\\\nversion\\_1/apiDefinition.swagger.json:5:9) |',
    );
    expect(render('html')).toContain(
      'drop it.<br><small>was at fixtures/old&#10;version_1/apiDefinition.swagger.json:5:9</small>',
    );
    const removal = { ...counterpart, side: 'new' };
    const stylish = formatDiagnostics(
      [finding({ counterpart: removal } as Partial<ISpectralDiagnostic>)],
      'stylish',
      options,
    );
    expect(stylish).toContain('new version at fixtures/old\\nversion_1/apiDefinition.swagger.json:5:9\n');
  });

  it("a malformed counterpart (a library caller's diagnostic) is ignored", () => {
    const odd = finding({ counterpart: { side: 'old', range: null } } as unknown as Partial<ISpectralDiagnostic>);
    for (const format of FORMAT_NAMES)
      expect(formatDiagnostics([odd], format, options)).toBe(formatDiagnostics([finding()], format, options));
  });
});

describe('formats on 100 000 findings', () => {
  const big: ISpectralDiagnostic[] = [];
  for (let i = 0; i < 100_000; i++) {
    big.push(
      finding({
        severity: (i % 4) as 0 | 1 | 2 | 3,
        source: path.join(ROOT, `c${i % 50}`, 'apiDefinition.swagger.json'),
        range: { start: { line: i, character: 2 }, end: { line: i, character: 9 } },
      }),
    );
  }

  // Slow on a busy machine: each format builds 10-90 MB of text.
  jest.setTimeout(180_000);

  it.each(FORMAT_NAMES)('%s renders without recursion limits', (format: FormatName) => {
    const out = formatDiagnostics(big, format, { failSeverity: 'error', maxAnnotations: 50 });
    expect(out.length).toBeGreaterThan(format === 'github-actions' ? 5000 : 1_000_000);
    if (format === 'json') expect(JSON.parse(out)).toHaveLength(100_000);
    if (format === 'sarif')
      expect((JSON.parse(out) as { runs: Array<{ results: unknown[] }> }).runs[0].results).toHaveLength(100_000);
    if (format === 'github-actions') expect(out.trimEnd().split('\n')).toHaveLength(51);
    if (format === 'junit') expect(XMLValidator.validate(out)).toBe(true);
  });
});

const corpusIt = existsSync(CORPUS_FOLDER) ? it : it.skip;
if (!existsSync(CORPUS_FOLDER))
  console.warn(`corpus folder ${CORPUS_FOLDER} absent: real-connector format test skipped`);

describe('formats on a real connector', () => {
  corpusIt('365Training: JSON, SARIF and JUnit parse and agree on the count', async () => {
    const { diagnostics } = await lintConnector(CORPUS_FOLDER);
    expect(diagnostics.length).toBeGreaterThan(10);
    const options = { failSeverity: 'error' as const, cwd: path.resolve(ROOT, '../shared/corpus') };
    const json = JSON.parse(formatDiagnostics(diagnostics, 'json', options)) as Array<{
      pointer: string;
      path: unknown[];
    }>;
    expect(json).toHaveLength(diagnostics.length);
    expect(json.some((d) => d.pointer.startsWith('/paths/~1'))).toBe(true);
    const sarif = JSON.parse(formatDiagnostics(diagnostics, 'sarif', options)) as {
      runs: Array<{ results: unknown[] }>;
    };
    expect(validateSarif(sarif)).toBe(true);
    expect(sarif.runs[0].results).toHaveLength(diagnostics.length);
    expect(junitCases(formatDiagnostics(diagnostics, 'junit', options))).toHaveLength(diagnostics.length);
    const stylish = formatDiagnostics(diagnostics, 'stylish', options);
    // A header line per file (the readme sorts before the definition: code-unit order).
    expect(stylish.split('\n')[0]).toMatch(/^certified-connectors\/365Training\/\S+$/);
    expect(stylish.split('\n')).toContain('certified-connectors/365Training/apiDefinition.swagger.json');
    expect(Math.max(...stylish.split('\n').map((l) => l.length))).toBeLessThanOrEqual(100);
  });
});
