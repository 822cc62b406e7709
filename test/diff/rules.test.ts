import { PpcInputError } from '../../src/api';
import { diffRules } from '../../src/diff';
import { SEVERITY_CODE } from '../../src/profiles';
import { body, object, ok, op, pathParam, query, swagger } from '../../src/diff/rules/example-docs';
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

describe('renamed parameters: flows store inputs by parameter name', () => {
  const getTask = (template: string, params: Record<string, unknown>[], method = 'get') => ({
    swagger: swagger({ [template]: { [method]: op('GetTask', { parameters: params }) } }),
  });

  it('a renamed path placeholder is a parameter rename, not a route change', async () => {
    const result = await diffDocs(
      getTask('/tasks/{id}', [pathParam('id')]),
      getTask('/tasks/{taskId}', [pathParam('taskId')]),
    );
    expect(codes(result)).toEqual(['ppc-bc-parameter-removed']);
    const [renamed] = result.diagnostics;
    expect(renamed?.severity).toBe(SEVERITY_CODE.error);
    expect(renamed?.field).toBe('path.id');
    expect(renamed?.message).toContain('"id"');
    expect(renamed?.message).toContain('renamed to "taskId"');
    expect(renamed?.message).toContain('Keep the name "id"');
    expect(renamed?.path).toEqual(['paths', '/tasks/{taskId}', 'get', 'parameters', 0, 'name']);
  });

  it('the same placeholder names are silent', async () => {
    const result = await diffDocs(
      getTask('/tasks/{id}', [pathParam('id')]),
      getTask('/tasks/{id}', [pathParam('id', { description: 'The task to get.' })]),
    );
    expect(codes(result)).toEqual([]);
  });

  it('swapped placeholders are two renames; a rename with a new type reports both', async () => {
    const swapped = await diffDocs(
      getTask('/p/{a}/t/{b}', [pathParam('a'), pathParam('b')]),
      getTask('/p/{b}/t/{a}', [pathParam('b'), pathParam('a')]),
    );
    expect(swapped.diagnostics.map((d) => [d.code, d.field])).toEqual([
      ['ppc-bc-parameter-removed', 'path.a'],
      ['ppc-bc-parameter-removed', 'path.b'],
    ]);
    const retyped = await diffDocs(
      getTask('/tasks/{id}', [pathParam('id')]),
      getTask('/tasks/{taskId}', [pathParam('taskId', { type: 'integer' })]),
    );
    expect(codes(retyped).sort()).toEqual(['ppc-bc-input-type-changed', 'ppc-bc-parameter-removed']);
  });

  it('a rename with a new method reports the method only as the route change', async () => {
    const result = await diffDocs(
      getTask('/tasks/{id}', [pathParam('id')]),
      getTask('/tasks/{taskId}', [pathParam('taskId')], 'post'),
    );
    const route = result.diagnostics.find((d) => d.code === 'ppc-bc-operation-path-or-method-changed');
    expect(route?.message).toContain('(method GET → POST)');
    expect(codes(result)).toContain('ppc-bc-parameter-removed');
  });

  it('a route that really moved is the path rule alone, whatever the placeholders are called', async () => {
    const result = await diffDocs(
      getTask('/tasks/{id}', [pathParam('id')]),
      getTask('/v2/tasks/{taskId}', [pathParam('taskId')]),
    );
    expect(codes(result)).toEqual(['ppc-bc-operation-path-or-method-changed']);
  });

  const listTasks = (...parameters: unknown[]) => ({
    swagger: swagger({ '/tasks': { get: op('ListTasks', { parameters }) } }),
  });

  it('the one query parameter that went and the one that came, alike, are a rename: one finding', async () => {
    const result = await diffDocs(
      listTasks(query('status'), query('top', { required: true })),
      listTasks(query('status'), query('limit', { required: true })),
    );
    expect(codes(result)).toEqual(['ppc-bc-parameter-removed']);
    const [renamed] = result.diagnostics;
    expect(renamed?.severity).toBe(SEVERITY_CODE.error);
    expect(renamed?.field).toBe('query.top');
    expect(renamed?.message).toContain(
      'A query parameter of operation "ListTasks" (GET /tasks) was renamed from "top" to "limit"',
    );
    expect(renamed?.message).toContain('Keep the name "top"');
    expect(renamed?.path).toEqual(['paths', '/tasks', 'get', 'parameters', 1, 'name']);
    expect(renamed?.counterpart).toMatchObject({
      side: 'old',
      path: ['paths', '/tasks', 'get', 'parameters', 1, 'name'],
    });
  });

  it.each([
    ['an optional query parameter (a warning, as its removal is)', query('top'), query('limit'), SEVERITY_CODE.warn],
    [
      'a header',
      query('X-Top', { in: 'header', required: true }),
      query('X-Limit', { in: 'header', required: true }),
      SEVERITY_CODE.error,
    ],
    [
      'a formData parameter',
      query('top', { in: 'formData', required: true }),
      query('limit', { in: 'formData', required: true }),
      SEVERITY_CODE.error,
    ],
    ['a required one that became optional', query('top', { required: true }), query('limit'), SEVERITY_CODE.error],
  ])('%s is renamed the same way', async (_, before, after, severity) => {
    const result = await diffDocs(listTasks(before), listTasks(after));
    expect(result.diagnostics.map((d) => [d.code, d.severity])).toEqual([['ppc-bc-parameter-removed', severity]]);
    expect(result.diagnostics[0]?.message).toContain(
      `renamed from "${String(before.name)}" to "${String(after.name)}"`,
    );
  });

  it('a renamed parameter whose default changed reports the rename and the default', async () => {
    const result = await diffDocs(listTasks(query('top', { default: 10 })), listTasks(query('limit', { default: 20 })));
    expect(codes(result).sort()).toEqual(['ppc-bc-parameter-default-changed', 'ppc-bc-parameter-removed']);
  });

  it('anything less clear stays a removal (and an addition)', async () => {
    const removals = async (before: unknown[], after: unknown[]) =>
      (await diffDocs(listTasks(...before), listTasks(...after))).diagnostics
        .filter((d) => d.code === 'ppc-bc-parameter-removed')
        .map((d) => d.message.replace(/ of operation.*/, ''));
    // Two went, two came: which is which is a guess.
    expect(await removals([query('a'), query('b')], [query('c'), query('d')])).toEqual([
      'The parameter "query.a"',
      'The parameter "query.b"',
    ]);
    // Another type, or made required, is another input.
    expect(await removals([query('top')], [query('limit', { type: 'integer' })])).toEqual([
      'The parameter "query.top"',
    ]);
    const required = await diffDocs(listTasks(query('top')), listTasks(query('limit', { required: true })));
    expect(codes(required).sort()).toEqual(['ppc-bc-parameter-removed', 'ppc-bc-required-input-added']);
    // Another location is not a rename.
    expect(await removals([query('top')], [query('limit', { in: 'header' })])).toEqual(['The parameter "query.top"']);
  });

  it('a parameter that moved under its name is not taken for the one that went', async () => {
    const result = await diffDocs(
      listTasks(query('status'), query('top')),
      listTasks(query('status', { in: 'header' }), query('limit')),
    );
    expect(result.diagnostics.map((d) => [d.code, d.field])).toEqual([
      ['ppc-bc-parameter-location-changed', 'query.status'],
      ['ppc-bc-parameter-removed', 'query.top'],
    ]);
    expect(result.diagnostics[1]?.message).toContain('renamed from "top" to "limit"');
  });

  const createTask = (name: string, schema: Record<string, unknown>) => ({
    swagger: swagger({ '/tasks': { post: op('CreateTask', { parameters: [body(schema, { name })] }) } }),
  });
  const TASK = object({ title: { type: 'string' } });

  it('a renamed body parameter is an error naming the old and the new name', async () => {
    const result = await diffDocs(createTask('body', TASK), createTask('payload', TASK));
    expect(codes(result)).toEqual(['ppc-bc-parameter-removed']);
    const [renamed] = result.diagnostics;
    expect(renamed?.severity).toBe(SEVERITY_CODE.error);
    expect(renamed?.field).toBe('body');
    expect(renamed?.message).toContain('renamed from "body" to "payload"');
    expect(renamed?.path).toEqual(['paths', '/tasks', 'post', 'parameters', 0, 'name']);
  });

  it('a body whose schema changed under the same name reports the schema change only', async () => {
    const result = await diffDocs(createTask('body', TASK), createTask('body', object({ title: { type: 'integer' } })));
    expect(codes(result)).toEqual(['ppc-bc-input-type-changed']);
  });

  it('a renamed body whose schema also changed reports the rename once and the schema change', async () => {
    const result = await diffDocs(
      createTask('body', TASK),
      createTask('payload', object({ title: { type: 'integer' } })),
    );
    expect(codes(result).sort()).toEqual(['ppc-bc-input-type-changed', 'ppc-bc-parameter-removed']);
  });

  it('a renamed body that held only internal inputs (a webhook URL) is a warning', async () => {
    const hook = object({ url: { type: 'string', 'x-ms-visibility': 'internal', 'x-ms-notification-url': true } });
    const result = await diffDocs(createTask('body', hook), createTask('requestBody', hook));
    expect(result.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['ppc-bc-parameter-removed', SEVERITY_CODE.warn],
    ]);
    expect(result.diagnostics[0]?.message).toContain('held only internal inputs');
  });
});

describe('request media types (consumes)', () => {
  const createTask = (consumes: string[] | undefined, root: Record<string, unknown> = {}, params?: unknown[]) => ({
    swagger: swagger(
      {
        '/tasks': {
          post: op('CreateTask', {
            parameters: params ?? [body(object({ title: { type: 'string' } }))],
            ...(consumes ? { consumes } : {}),
          }),
        },
      },
      root,
    ),
  });
  const mediaFindings = (result: Awaited<ReturnType<typeof diffDocs>>) =>
    result.diagnostics.filter((d) => d.code === 'ppc-bc-request-media-type-removed');

  it('an operation that changes application/json to form encoding is a warning naming both lists', async () => {
    const result = await diffDocs(createTask(['application/json']), createTask(['application/x-www-form-urlencoded']));
    const [d, ...rest] = mediaFindings(result);
    expect(rest).toEqual([]);
    expect(d?.severity).toBe(SEVERITY_CODE.warn);
    expect(d?.operationId).toBe('CreateTask');
    expect(d?.message).toContain('"application/json" → "application/x-www-form-urlencoded"');
    expect(d?.path).toEqual(['paths', '/tasks', 'post', 'consumes']);
  });

  it('a media type removed from the root consumes is reported on the operations that inherit it', async () => {
    const result = await diffDocs(
      createTask(undefined, { consumes: ['application/json', 'text/xml'] }),
      createTask(undefined, { consumes: ['application/json'] }),
    );
    const [d] = mediaFindings(result);
    expect(d?.message).toContain('media type "text/xml"');
    expect(d?.path).toEqual(['consumes']);
  });

  it('is silent on an added type, a wildcard, an operation without a body, and JSON written or dropped', async () => {
    const silent = [
      [createTask(['application/json']), createTask(['application/json', 'text/xml'])],
      [createTask(['application/json']), createTask(['*/*'])],
      [createTask(['application/json'], {}, [query('top')]), createTask(['text/plain'], {}, [query('top')])],
      // No consumes: a body goes as application/json, so writing or dropping that list changes nothing.
      [createTask(undefined), createTask(['application/json'])],
      [createTask(['application/json']), createTask(undefined)],
      [createTask(undefined, { consumes: ['application/json'] }), createTask(undefined)],
      [createTask(['application/json; charset=utf-8']), createTask([])],
    ] as const;
    for (const [before, after] of silent) expect(mediaFindings(await diffDocs(before, after))).toEqual([]);
  });

  it('a consumes removed altogether falls back to application/json: a form encoding it listed is reported', async () => {
    for (const [before, path] of [
      [createTask(['application/x-www-form-urlencoded']), ['paths', '/tasks', 'post', 'consumes']],
      [createTask(undefined, { consumes: ['application/x-www-form-urlencoded'] }), ['consumes']],
    ] as const) {
      const [d, ...rest] = mediaFindings(await diffDocs(before, createTask(undefined)));
      expect(rest).toEqual([]);
      expect(d?.message).toContain(
        'media type "application/x-www-form-urlencoded" (consumes "application/x-www-form-urlencoded" → none, so the platform default "application/json")',
      );
      // Nothing is written on the new side: the finding is at the operation, its counterpart at the old list.
      expect(d?.path).toEqual(['paths', '/tasks', 'post']);
      expect(d?.counterpart?.path).toEqual(path);
    }
    // JSON kept in a removed list: only the other type is gone.
    const both = await diffDocs(createTask(['application/json', 'text/xml']), createTask(undefined));
    expect(mediaFindings(both).map((d) => d.message)).toEqual([expect.stringContaining('media type "text/xml" (')]);
  });

  it('a list written where there was none is compared with application/json', async () => {
    const [d] = mediaFindings(await diffDocs(createTask(undefined), createTask(['multipart/form-data'])));
    expect(d?.message).toContain(
      'media type "application/json" (consumes none, so the platform default "application/json" → "multipart/form-data")',
    );
  });

  it('formData parameters send a body too; they have no default, so only removing their list is reported', async () => {
    const form = [query('title', { in: 'formData' })];
    const result = await diffDocs(
      createTask(['multipart/form-data'], {}, form),
      createTask(['application/x-www-form-urlencoded'], {}, form),
    );
    expect(mediaFindings(result)).toHaveLength(1);
    const removed = mediaFindings(
      await diffDocs(createTask(['multipart/form-data'], {}, form), createTask(undefined, {}, form)),
    );
    expect(removed.map((d) => d.message)).toEqual([expect.stringContaining('(consumes "multipart/form-data" → none)')]);
    expect(
      mediaFindings(await diffDocs(createTask(undefined, {}, form), createTask(['multipart/form-data'], {}, form))),
    ).toEqual([]);
  });
});
