import {
  AUTOREST_ONLY_KEYS,
  isAllowedAt,
  KNOWN_EXTENSIONS,
  knownExtension,
} from '../../../src/catalog/known-extensions';
import { editDistance, suggestKnownKey } from '../../../src/rules/extensions/x-ms-unknown';
import { checkValue, describeSpec } from '../../../src/utils/extensions-value';
import { msExtensions } from '../../../src/model';
import { validSwagger } from '../../helpers/lint';

describe('known-extensions table', () => {
  it('lists each key once, with at least one location and a value shape', () => {
    const keys = KNOWN_EXTENSIONS.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const entry of KNOWN_EXTENSIONS) {
      expect(entry.key).toMatch(/^x-ms-[A-Za-z-]+$/);
      expect(entry.where.length).toBeGreaterThan(0);
      expect(describeSpec(entry.value).length).toBeGreaterThan(0);
    }
    for (const key of AUTOREST_ONLY_KEYS) expect(knownExtension(key)).toBeUndefined();
  });

  it('includes the AutoRest keys as ignored and the observed Copilot keys', () => {
    for (const key of ['x-ms-enum', 'x-ms-parameter-location', 'x-ms-skip-url-encoding'])
      expect(knownExtension(key)?.status).toBe('autorest');
    for (const key of [
      'x-ms-openai-manifest',
      'x-ms-openai-data',
      'x-ms-openai-published-to-copilots',
      'x-ms-keywords',
      'x-ms-name-for-model',
      'x-ms-description-for-model',
    ]) {
      expect(knownExtension(key)?.status).toBe('observed');
    }
  });

  it('lets a parameter of unknown kind take any parameter key', () => {
    expect(isAllowedAt(knownExtension('x-ms-url-encoding')!, 'parameter')).toBe(true);
    expect(isAllowedAt(knownExtension('x-ms-trigger')!, 'parameter')).toBe(false);
  });
});

describe('suggestKnownKey', () => {
  it.each([
    ['x-ms-Summary', 'x-ms-summary', true],
    ['X_MS_VISIBILITY', 'x-ms-visibility', true],
    ['x-ms-summary title', 'x-ms-summary', true],
    ['x-ms-visibilty', 'x-ms-visibility', false],
    ['x-ms-visbility', 'x-ms-visibility', false],
    ['x-ms-sumamry', 'x-ms-summary', false],
    ['x-ms-enum-value', 'x-ms-enum-values', false],
    ['x-ms-dynamic-value', 'x-ms-dynamic-values', false],
  ])('%s → %s', (key, expected, certain) => {
    expect(suggestKnownKey(key)).toEqual({ key: expected, certain });
  });

  it('has no suggestion for unrelated keys', () => {
    expect(suggestKnownKey('x-ms-navigationProperty')).toBeUndefined();
    expect(suggestKnownKey('x-ms-description')).toBeUndefined();
  });

  it('computes transposition-aware distances', () => {
    expect(editDistance('abcd', 'abdc')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('a', 'abcdefgh', 2)).toBe(3);
  });
});

describe('checkValue', () => {
  it('names nested problems with their paths', () => {
    const spec = knownExtension('x-ms-capabilities')!.valueAt!.root!;
    expect(checkValue(spec, { testConnection: { parameters: [] }, other: 1 })).toEqual([
      { path: ['testConnection'], message: 'lacks "testConnection.operationId"' },
      { path: ['testConnection', 'parameters'], message: 'has "testConnection.parameters" as an array, not an object' },
      { path: ['other'], message: 'has the unknown key "other"' },
    ]);
  });

  it('survives deep and odd values', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100; i++) deep = { simulate: deep };
    expect(() => checkValue(knownExtension('x-ms-operation-context')!.value, deep)).not.toThrow();
    expect(checkValue({ type: 'string' }, undefined)).toEqual([{ path: [], message: 'is undefined, not a string' }]);
  });
});

describe('extensionOccurrences', () => {
  it('walks a cyclic object graph once without looping', () => {
    const doc = validSwagger();
    const schema: Record<string, unknown> = { type: 'object', 'x-ms-summary': 'Loop' };
    schema.properties = { self: schema };
    doc.definitions.Loop = schema;
    const occurrences = msExtensions(doc).filter((o) => o.path[1] === 'Loop');
    expect(occurrences).toEqual([
      { key: 'x-ms-summary', value: 'Loop', path: ['definitions', 'Loop', 'x-ms-summary'], location: 'schema' },
    ]);
  });

  it('knows the location kind of each node', () => {
    const doc = validSwagger();
    doc.paths['/tasks'].post.parameters[0].schema['x-ms-summary'] = 'Body';
    doc.paths['/tasks'].post.parameters[0]['x-ms-visibility'] = 'important';
    doc.paths['/tasks']['x-ms-notification-content'] = { schema: { 'x-ms-summary': 'Event' } };
    doc.responses = { Err: { description: 'Error', 'x-ms-summary': 'Error' } };
    const kinds = Object.fromEntries(msExtensions(doc).map((o) => [o.path.join('/'), o.location]));
    expect(kinds['paths//tasks/post/parameters/0/schema/x-ms-summary']).toBe('schema');
    expect(kinds['paths//tasks/post/parameters/0/x-ms-visibility']).toBe('bodyParameter');
    expect(kinds['paths//tasks/x-ms-notification-content']).toBe('pathItem');
    expect(kinds['paths//tasks/x-ms-notification-content/schema/x-ms-summary']).toBe('schema');
    expect(kinds['paths//tasks/get/parameters/0/x-ms-summary']).toBe('queryParameter');
    expect(kinds['parameters/TaskId/x-ms-url-encoding']).toBe('pathParameter');
    expect(kinds['responses/Err/x-ms-summary']).toBe('response');
    expect(kinds['x-ms-connector-metadata']).toBe('root');
  });

  it('returns nothing for non-objects', () => {
    expect(msExtensions(null)).toEqual([]);
    expect(msExtensions([{ 'x-ms-summary': 1 }])).toEqual([]);
  });
});
