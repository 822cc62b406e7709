import { PpcInputError } from '../../src/api';
import { diffRules } from '../../src/diff';
import { SEVERITY_CODE } from '../../src/profiles';
import { body, object, ok, op, query, swagger } from '../../src/diff/rules/example-docs';
import { codes, diffDocs } from './helpers';

describe.each(diffRules.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  it('has a description, a remedy and examples of both kinds', () => {
    expect(rule.description.length).toBeGreaterThan(20);
    expect(rule.remedy.length).toBeGreaterThan(10);
    expect(rule.examples.invalid.length).toBeGreaterThan(0);
    expect(rule.examples.valid.length).toBeGreaterThan(0);
  });

  it.each(rule.examples.invalid.map((e) => [e.description, e] as const))('fires: %s', async (_, example) => {
    const result = await diffDocs(example.old, example.new);
    const hits = result.diagnostics.filter((d) => d.code === id);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]?.severity).toBe(SEVERITY_CODE[rule.severity]);
    expect(hits[0]?.message).toMatch(/"[^"]+".*\. [A-Z]/); // the offending value, then how to fix it
    expect(hits[0]?.source).toMatch(/^\/virtual\/(old|new)\/api(Definition\.swagger|Properties)\.json$/);
  });

  it.each(rule.examples.valid.map((e) => [e.description, e] as const))('is silent: %s', async (_, example) => {
    const result = await diffDocs(example.old, example.new);
    expect(codes(result)).not.toContain(id);
  });
});

describe('severity adjustments', () => {
  it('a prepared removal (deprecated before) is a warning, and an error in microsoft-strict', async () => {
    const old = {
      swagger: swagger({
        '/tasks/{id}': { get: op('GetTask', { deprecated: true }) },
        '/tasks': { get: op('ListTasks') },
      }),
    };
    const next = { swagger: swagger({ '/tasks': { get: op('ListTasks') } }) };
    const byDefault = await diffDocs(old, next);
    const removed = byDefault.diagnostics.find((d) => d.code === 'ppc-bc-operation-removed');
    expect(removed?.severity).toBe(SEVERITY_CODE.warn);
    expect(removed?.message).toContain('already deprecated');
    const strict = await diffDocs(old, next, { profile: 'microsoft-strict' });
    expect(strict.diagnostics.find((d) => d.code === 'ppc-bc-operation-removed')?.severity).toBe(SEVERITY_CODE.error);
  });

  it('a removal with a successor of the same family and a higher revision is a warning', async () => {
    const old = {
      swagger: swagger({
        '/tasks/{id}': { get: op('GetTask', { 'x-ms-api-annotation': { family: 'GetTask', revision: 1 } }) },
      }),
    };
    const next = {
      swagger: swagger({
        '/v2/tasks/{id}': { get: op('GetTaskV2', { 'x-ms-api-annotation': { family: 'GetTask', revision: 2 } }) },
      }),
    };
    const result = await diffDocs(old, next);
    const removed = result.diagnostics.filter((d) => d.code === 'ppc-bc-operation-removed');
    expect(removed).toHaveLength(1);
    expect(removed[0]?.severity).toBe(SEVERITY_CODE.warn);
    expect(removed[0]?.message).toContain('"GetTaskV2"');
    expect(codes(result)).not.toContain('ppc-bc-unversioned-replacement');
  });

  it('output-property-removed is a warning by default and an error in microsoft-strict', async () => {
    const [example] = diffRules.find((r) => r.id === 'ppc-bc-output-property-removed')?.examples.invalid ?? [];
    if (!example) throw new Error('missing example');
    const strict = await diffDocs(example.old, example.new, { profile: 'microsoft-strict' });
    expect(strict.diagnostics.find((d) => d.code === 'ppc-bc-output-property-removed')?.severity).toBe(
      SEVERITY_CODE.error,
    );
  });

  it('removing an optional parameter is a warning, removing a required one an error', async () => {
    const old = {
      swagger: swagger({
        '/tasks': { get: op('ListTasks', { parameters: [query('top'), query('project', { required: true })] }) },
      }),
    };
    const next = { swagger: swagger({ '/tasks': { get: op('ListTasks') } }) };
    const result = await diffDocs(old, next);
    const removed = result.diagnostics.filter((d) => d.code === 'ppc-bc-parameter-removed');
    expect(removed.map((d) => [d.field, d.severity]).sort()).toEqual([
      ['query.project', SEVERITY_CODE.error],
      ['query.top', SEVERITY_CODE.warn],
    ]);
  });

  it('a format-only widening of an input is a warning', async () => {
    const old = {
      swagger: swagger({
        '/tasks': { get: op('ListTasks', { parameters: [query('top', { type: 'integer', format: 'int32' })] }) },
      }),
    };
    const next = {
      swagger: swagger({
        '/tasks': { get: op('ListTasks', { parameters: [query('top', { type: 'integer', format: 'int64' })] }) },
      }),
    };
    const result = await diffDocs(old, next);
    expect(result.diagnostics.find((d) => d.code === 'ppc-bc-input-type-changed')?.severity).toBe(SEVERITY_CODE.warn);
  });
});

describe('matching and locations', () => {
  it('matches header parameters case-insensitively', async () => {
    const header = (name: string) => query(name, { in: 'header' });
    const result = await diffDocs(
      { swagger: swagger({ '/tasks': { get: op('ListTasks', { parameters: [header('X-Tenant')] }) } }) },
      { swagger: swagger({ '/tasks': { get: op('ListTasks', { parameters: [header('x-tenant')] }) } }) },
    );
    expect(codes(result).filter((c) => c.startsWith('ppc-bc-'))).toEqual([]);
  });

  it('matches operations by operationId, not by path: a moved operation is a route change, not a removal', async () => {
    const result = await diffDocs(
      { swagger: swagger({ '/tasks': { get: op('ListTasks') } }) },
      { swagger: swagger({ '/items': { get: op('ListTasks') } }) },
    );
    expect(codes(result)).toContain('ppc-bc-operation-path-or-method-changed');
    expect(codes(result)).not.toContain('ppc-bc-operation-removed');
  });

  it('points removals at the old file and changes at the new file, on the right line', async () => {
    const old = swagger({
      '/tasks/{id}': { get: op('GetTask') },
      '/tasks': { get: op('ListTasks', { parameters: [query('top')] }) },
    });
    const next = swagger({ '/tasks': { get: op('ListTasks', { parameters: [query('top', { type: 'integer' })] }) } });
    const result = await diffDocs({ swagger: old }, { swagger: next });
    const removed = result.diagnostics.find((d) => d.code === 'ppc-bc-operation-removed');
    const oldText = JSON.stringify(old, null, 2).split('\n');
    expect(removed?.source).toBe('/virtual/old/apiDefinition.swagger.json');
    expect(oldText[removed?.range.start.line ?? -1]).toContain('"get"');
    expect(oldText[(removed?.range.start.line ?? 0) - 1]).toContain('"/tasks/{id}"');
    const retyped = result.diagnostics.find((d) => d.code === 'ppc-bc-input-type-changed');
    const newText = JSON.stringify(next, null, 2).split('\n');
    expect(retyped?.source).toBe('/virtual/new/apiDefinition.swagger.json');
    expect(newText[retyped?.range.start.line ?? -1]).toContain('"type": "integer"');
    expect(retyped?.path).toEqual(['paths', '/tasks', 'get', 'parameters', 0, 'type']);
  });

  it('compares response schemas through $refs and terminates on cycles', async () => {
    const node = (extra: Record<string, unknown>) => ({
      type: 'object',
      properties: {
        id: { type: 'string' },
        parent: { $ref: '#/definitions/Node' },
        children: { type: 'array', items: { $ref: '#/definitions/Node' } },
        ...extra,
      },
    });
    const old = swagger(
      { '/nodes/{id}': { get: op('GetNode', { responses: ok({ $ref: '#/definitions/Node' }) }) } },
      { definitions: { Node: node({ name: { type: 'string' } }) } },
    );
    const next = swagger(
      { '/nodes/{id}': { get: op('GetNode', { responses: ok({ $ref: '#/definitions/Node' }) }) } },
      { definitions: { Node: node({}) } },
    );
    const result = await diffDocs({ swagger: old }, { swagger: next });
    const removed = result.diagnostics.filter((d) => d.code === 'ppc-bc-output-property-removed');
    expect(removed.map((d) => d.field)).toEqual(['response.name']);
    expect(removed[0]?.path).toEqual(['definitions', 'Node', 'properties', 'name']);
  });

  it('reports a new required body property and a property that became required', async () => {
    const old = {
      swagger: swagger({
        '/tasks': {
          post: op('CreateTask', {
            parameters: [body(object({ title: { type: 'string' }, due: { type: 'string' } }))],
          }),
        },
      }),
    };
    const next = {
      swagger: swagger({
        '/tasks': {
          post: op('CreateTask', {
            parameters: [
              body(
                object({ title: { type: 'string' }, due: { type: 'string' }, owner: { type: 'string' } }, [
                  'due',
                  'owner',
                ]),
              ),
            ],
          }),
        },
      }),
    };
    const result = await diffDocs(old, next);
    expect(
      result.diagnostics
        .filter((d) => d.code === 'ppc-bc-required-input-added')
        .map((d) => d.field)
        .sort(),
    ).toEqual(['body.due', 'body.owner']);
  });

  it('never throws on odd documents', async () => {
    const odd = [
      null,
      [],
      'text',
      { paths: [] },
      { paths: { '/a': { get: null } } },
      {
        paths: {
          '/a': {
            get: {
              operationId: 'A',
              parameters: [{ $ref: '#/parameters/missing' }],
              responses: { '200': { schema: { $ref: '#/definitions/A' } } },
            },
          },
        },
        definitions: { A: { $ref: '#/definitions/A' } },
      },
    ];
    // An object is compared (marked Swagger 2.0); anything else is an input error, never a crash or a finding.
    const isObject = (doc: unknown): doc is object => typeof doc === 'object' && doc !== null && !Array.isArray(doc);
    const definitions = odd.map((doc) => (isObject(doc) ? { swagger: '2.0', ...doc } : doc));
    for (const a of definitions) {
      for (const b of definitions) {
        const run = diffDocs({ swagger: a }, { swagger: b });
        if (isObject(a) && isObject(b)) await expect(run).resolves.toBeDefined();
        else await expect(run).rejects.toThrow(PpcInputError);
      }
    }
  });
});

describe('cross-references and connection settings', () => {
  const lookup = (params: Record<string, unknown>[]) => ({
    '/projects': { get: op('ListProjects', { 'x-ms-visibility': 'internal', parameters: params }) },
  });
  const user = {
    '/tasks': {
      get: op('ListTasks', {
        parameters: [
          query('project', {
            'x-ms-dynamic-values': {
              operationId: 'ListProjects',
              parameters: { workspace: { parameter: 'ws' } },
              'value-path': 'id',
            },
          }),
          query('ws'),
        ],
      }),
    },
  };

  it('dynamic-reference-broken fires when the target loses a parameter the reference passes', async () => {
    const result = await diffDocs(
      { swagger: swagger({ ...lookup([query('workspace')]), ...user }) },
      { swagger: swagger({ ...lookup([query('space')]), ...user }) },
    );
    const d = result.diagnostics.find((x) => x.code === 'ppc-bc-dynamic-reference-broken');
    expect(d?.operationId).toBe('ListTasks');
    expect(d?.message).toContain('"workspace"');
    const same = await diffDocs(
      { swagger: swagger({ ...lookup([query('workspace')]), ...user }) },
      { swagger: swagger({ ...lookup([query('workspace')]), ...user }) },
    );
    expect(codes(same)).not.toContain('ppc-bc-dynamic-reference-broken');
  });

  it('auth-type-stable fires on a new required connection parameter, not on a new optional one', async () => {
    const api = (params: Record<string, unknown>) => ({ properties: { connectionParameters: params } });
    const key = { type: 'securestring', uiDefinition: { constraints: { required: 'true' } } };
    const doc = swagger({ '/a': { get: op('A') } });
    const added = await diffDocs(
      { swagger: doc, apiProperties: api({ key }) },
      {
        swagger: doc,
        apiProperties: api({ key, region: { type: 'string', uiDefinition: { constraints: { required: 'true' } } } }),
      },
    );
    expect(added.diagnostics.find((d) => d.code === 'ppc-bc-auth-type-stable')?.field).toBe('region');
    const optional = await diffDocs(
      { swagger: doc, apiProperties: api({ key }) },
      {
        swagger: doc,
        apiProperties: api({ key, region: { type: 'string', uiDefinition: { constraints: { required: 'false' } } } }),
      },
    );
    expect(codes(optional)).not.toContain('ppc-bc-auth-type-stable');
  });

  it('trigger-kind-changed fires when a polling trigger becomes a webhook', async () => {
    const polling = swagger({ '/trigger': { get: op('OnTask', { 'x-ms-trigger': 'single' }) } });
    const webhook = swagger({
      '/trigger': {
        'x-ms-notification-content': { schema: { type: 'object' } },
        get: op('OnTask', { 'x-ms-trigger': 'single' }),
      },
    });
    const result = await diffDocs({ swagger: polling }, { swagger: webhook });
    expect(result.diagnostics.find((d) => d.code === 'ppc-bc-trigger-kind-changed')?.message).toContain(
      'from a polling trigger to a webhook trigger',
    );
  });
});

describe('parameter names: only header names ignore case', () => {
  const list = (...parameters: unknown[]) => ({
    swagger: swagger({ '/tasks': { get: op('ListTasks', { parameters }) } }),
  });

  it('a query parameter renamed by case only is removed and added, not moved', async () => {
    const result = await diffDocs(list(query('Top')), list(query('top', { required: true })));
    expect(codes(result)).not.toContain('ppc-bc-parameter-location-changed');
    expect(result.diagnostics.find((d) => d.code === 'ppc-bc-parameter-removed')?.message).toContain('"query.Top"');
    expect(result.diagnostics.find((d) => d.code === 'ppc-bc-required-input-added')?.message).toContain('"query.top"');
  });

  it('a header renamed by case only is the same header', async () => {
    const header = (name: string) => query(name, { in: 'header' });
    expect(codes(await diffDocs(list(header('X-Top')), list(header('x-top'))))).toEqual([]);
  });

  it('a parameter moved under the same name is a location change naming both locations', async () => {
    const result = await diffDocs(list(query('top')), list(query('top', { in: 'header' })));
    const moved = result.diagnostics.filter((d) => d.code === 'ppc-bc-parameter-location-changed');
    expect(moved.map((d) => d.message)).toEqual([expect.stringContaining('moved from "query" to "header"')]);
    expect(codes(result)).not.toContain('ppc-bc-parameter-removed');
  });
});
