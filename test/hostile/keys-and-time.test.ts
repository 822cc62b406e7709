import { lintConnector } from '../../src/lint';
import { validSwagger } from '../helpers/lint';
import { Folders } from './helpers';

jest.setTimeout(180_000);

const folders = new Folders();
afterAll(() => folders.cleanup());

const HOSTILE_KEYS = ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'prototype', 'valueOf'];

/** The valid definition with `key` as a key (and a value) at every level rules look up. */
function withKey(key: string): string {
  const K = 'HOSTILE_KEY_MARK';
  const d = JSON.parse(JSON.stringify(require('../../fixtures/connectors/valid/apiDefinition.swagger.json'))) as Record<
    string,
    any
  >;
  d[K] = 1;
  d.info[K] = 'x';
  d.paths[`/${K}`] = {
    get: {
      operationId: K,
      summary: 'Get it',
      description: 'Gets it.',
      parameters: [{ name: K, in: 'query', type: 'string', 'x-ms-summary': 'K', description: 'K.' }],
      responses: { 200: { description: 'OK', schema: { type: 'object', properties: { [K]: { type: 'string' } } } } },
      'x-ms-capabilities': { [K]: {} },
    },
  };
  d.definitions[K] = { type: 'object', properties: { [K]: { type: K } }, required: [K] };
  d.securityDefinitions = { [K]: { type: K, in: K, name: K, flow: K } };
  d.security = [{ [K]: [] }];
  d.parameters[K] = { name: K, in: K, type: K };
  d.responses = { [K]: { description: K } };
  d['x-ms-connector-metadata'].push({ propertyName: K, propertyValue: K });
  d.consumes = [K];
  d.tags = [{ name: K }];
  return JSON.stringify(d, null, 4).split(`"${K}"`).join(JSON.stringify(key));
}

describe('keys named like Object.prototype members', () => {
  it.each(HOSTILE_KEYS)('%s at every level: no crash, no pollution, the rules still report', async (key) => {
    const dir = folders.make({ 'apiDefinition.swagger.json': withKey(key) });
    const { diagnostics } = await lintConnector(dir);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
    // Every rule finished on the document (Spectral's own schema check may still give up on such keys, and then
    // reports a located finding instead of crashing).
    const failed = diagnostics.filter(
      (d) => /could not be checked|could not finish/.test(d.message) && String(d.code).startsWith('ppc-'),
    );
    expect(failed).toEqual([]);
    expect(diagnostics.some((d) => d.code === 'ppc-secdef-types')).toBe(true);
    // The $ref resolver cannot read a `hasOwnProperty` key: the references stay unresolved, said once, located.
    const unresolved = diagnostics.filter((d) => d.message.startsWith('References were not resolved'));
    if (key === 'hasOwnProperty') {
      expect(unresolved).toHaveLength(1);
      expect(unresolved[0]).toMatchObject({ code: 'invalid-ref', severity: 0 });
      // The first such object found is the root (a key at every level), named by its pointer.
      expect(unresolved[0].message).toContain('the object at "#", which has a key named "hasOwnProperty"');
    } else expect(unresolved).toEqual([]);
  });
});

describe('values that the filters of spectral:oas read', () => {
  it('an enum whose "constructor" key is null: every rule still runs on the document', async () => {
    // spectral:oas selects enums with `@.enum.constructor.name === 'Array'`: this one threw, and no rule ran.
    const dir = folders.swagger((d) => (d.definitions.Hostile = { type: 'string', enum: { constructor: null } }));
    const { diagnostics } = await lintConnector(dir);
    expect(diagnostics.filter((d) => d.code === 'ppc-lint-failed')).toEqual([]);
    const atEnum = diagnostics.filter((d) => d.path.join('/') === 'definitions/Hostile/enum').map((d) => d.code);
    expect(atEnum).toContain('ppc-enum-nonempty');
  });
});

describe('root values that cannot be turned into text', () => {
  // Spectral finds a document's format with String(document.swagger): an object with its own `toString` key throws.
  it.each([
    ['swagger', 'ppc-swagger-version', 'is {"toString":1,"valueOf":"x"} (an object, not the string "2.0")'],
    ['openapi', 'ppc-root-no-unknown-keys', 'Root key "openapi" is not a Swagger 2.0 property'],
  ])('%s as an object with toString and valueOf keys: linted, and %s names it where it is', async (key, code, text) => {
    const dir = folders.swagger((d) => (d[key] = { toString: 1, valueOf: 'x' }));
    const { diagnostics } = await lintConnector(dir);
    expect(diagnostics.filter((d) => d.code === 'ppc-lint-failed')).toEqual([]);
    const finding = diagnostics.find((d) => d.code === code);
    expect(finding?.message).toContain(text);
    expect(finding?.range.start.line).toBeGreaterThan(0);
  });

  it('in apiProperties.json too: its rules still run', async () => {
    const dir = folders.make({
      'apiDefinition.swagger.json': JSON.stringify(validSwagger(), null, 4),
      'apiProperties.json': JSON.stringify(
        { swagger: { toString: 1 }, properties: { iconBrandColor: 'blue' } },
        null,
        4,
      ),
    });
    const { diagnostics } = await lintConnector(dir);
    expect(diagnostics.filter((d) => d.code === 'ppc-lint-failed')).toEqual([]);
    expect(
      diagnostics.some((d) => String(d.source).endsWith('apiProperties.json') && d.code !== 'ppc-json-valid'),
    ).toBe(true);
  });
});

/** Adversarial values, each aimed at a pattern that used to backtrack. */
const LONG = 200_000;
const ADVERSARIAL: Array<[string, (d: Record<string, any>) => void]> = [
  ['a summary of "!" then a letter', (d) => (d.paths['/tasks'].get.summary = `${'!'.repeat(LONG)}a`)],
  ['a title of ")"', (d) => (d.info.title = ')'.repeat(LONG))],
  ['a MIME type of spaces', (d) => (d.consumes = [`application/${' '.repeat(LONG)}x`, ' '.repeat(LONG)])],
  ['a JWT-like run', (d) => (d.info.description = 'eyJ-'.repeat(LONG / 4))],
  ['a placeholder-like run', (d) => (d.info.description = `${'a'.repeat(LONG)} 1`)],
  ['trailing whitespace', (d) => (d.info.description = `x${' '.repeat(LONG)}x`)],
  ['a host of digits', (d) => (d.host = `${'1'.repeat(LONG)}x.com`)],
  [
    'path templates with many variables',
    (d) => {
      const op = (id: string) => ({
        get: { operationId: id, summary: 'S', description: 'D.', responses: { 200: { description: 'OK' } } },
      });
      d.paths[`/{taskId}${Array.from({ length: 17 }, (_, i) => `x{v${i + 1}}`).join('')}y`] = op('A');
      d.paths[`/${'x'.repeat(60)}z`] = op('B');
    },
  ],
  [
    '1,500 operations',
    (d) => {
      for (let i = 0; i < 1500; i++)
        d.paths[`/p${i}/{id}`] = {
          get: {
            operationId: `Op${i}`,
            summary: `Op ${i}`,
            description: 'Op.',
            responses: { 200: { description: 'OK' } },
          },
        };
    },
  ],
  [
    '3,000 query parameters on one operation',
    (d) =>
      (d.paths['/tasks'].get.parameters = Array.from({ length: 3_000 }, (_, i) => ({
        name: `p${i}`,
        in: 'query',
        type: 'string',
        description: 'P.',
      }))),
  ],
  [
    'an enum of 5,000 objects',
    (d) => (d.definitions.Task.properties.title.enum = Array.from({ length: 5_000 }, (_, i) => ({ i }))),
  ],
  [
    'a catastrophic schema pattern with an example',
    (d) =>
      (d.definitions.Task.properties.title = { type: 'string', pattern: '^(a+)+$', example: `${'a'.repeat(40)}!` }),
  ],
];

describe('adversarial values finish within a time budget', () => {
  it.each(ADVERSARIAL)('%s', async (_name, edit) => {
    const dir = folders.swagger(edit);
    const started = performance.now();
    const { diagnostics } = await lintConnector(dir);
    const ms = performance.now() - started;
    expect(diagnostics.filter((d) => d.code === 'ppc-rule-timeout')).toEqual([]);
    expect(ms).toBeLessThan(60_000);
  });
});

describe('lists too long for the Swagger 2.0 schema check', () => {
  it('skip that check with one finding at the list; other lists are still checked', async () => {
    const long = folders.swagger(
      (d) =>
        (d.paths['/tasks'].get.parameters = Array.from({ length: 1_500 }, (_, i) => ({
          name: `p${i}`,
          in: 'query',
          type: 'string',
        }))),
    );
    const skipped = (await lintConnector(long)).diagnostics.filter((d) => d.code === 'oas2-schema');
    expect(skipped).toHaveLength(1);
    expect(skipped[0].path).toEqual(['paths', '/tasks', 'get', 'parameters']);
    expect(skipped[0].message).toMatch(
      /not checked against the Swagger 2.0 schema: this list has 1,500 items, more than the check can compare for duplicates in time \(1,000 objects or 3,000 plain values\)/,
    );
    const short = folders.swagger((d) => {
      d.paths['/tasks'].get.parameters = Array.from({ length: 900 }, (_, i) => ({
        name: `p${i}`,
        in: 'query',
        type: 'string',
      }));
      d.paths['/tasks'].get.parameters[0].in = 'nowhere';
      // Plain values compare at once: a long enum of strings is still checked.
      d.definitions.Task.properties.title.enum = Array.from({ length: 2_000 }, (_, i) => `v${i}`);
    });
    const checked = (await lintConnector(short)).diagnostics.filter((d) => d.code === 'oas2-schema');
    expect(checked.length).toBeGreaterThan(0);
    expect(checked.some((d) => /not checked/.test(d.message))).toBe(false);
  });
});
