import { op, query, swagger } from '../../src/diff/rules/example-docs';
import { diffConnectors } from '../../src/diff';
import { diffDocs, textTarget } from './helpers';

const props = (extra: Record<string, unknown> = {}) => ({
  properties: {
    iconBrandColor: '#0f6cbd',
    publisher: 'Contoso',
    stackOwner: 'Contoso',
    connectionParameters: {},
    ...extra,
  },
});

describe('update class', () => {
  it('is minor when only descriptions, summaries, contact, brand colour, publisher and stackOwner change', async () => {
    const old = {
      swagger: swagger(
        { '/tasks': { get: op('ListTasks') } },
        { info: { title: 'Contoso', description: 'Old.', version: '1.0', contact: { name: 'A' } } },
      ),
      apiProperties: props(),
    };
    const next = {
      swagger: swagger(
        { '/tasks': { get: op('ListTasks', { summary: 'List all tasks', description: 'Lists every task.' }) } },
        {
          info: {
            title: 'Contoso',
            description: 'New.',
            version: '1.0',
            contact: { name: 'B', email: 'b@contoso.com' },
          },
        },
      ),
      apiProperties: props({ iconBrandColor: '#da3b01', publisher: 'Contoso Ltd', stackOwner: 'Contoso Ltd' }),
    };
    const result = await diffDocs(old, next);
    expect(result.updateClass).toBe('minor');
    expect(result.majorReasons).toEqual([]);
  });

  it('is major when anything else changes, listing what', async () => {
    const old = { swagger: swagger({ '/tasks': { get: op('ListTasks') } }), apiProperties: props() };
    const next = {
      swagger: swagger(
        { '/tasks': { get: op('ListTasks', { 'x-ms-visibility': 'advanced' }) } },
        { info: { title: 'Contoso Tasks 2', description: 'Manage Contoso tasks.', version: '1.0' } },
      ),
      apiProperties: props(),
    };
    const result = await diffDocs(old, next);
    expect(result.updateClass).toBe('major');
    expect(result.majorReasons).toEqual(
      expect.arrayContaining([
        'apiDefinition.swagger.json#/info/title changed',
        'apiDefinition.swagger.json#/paths/~1tasks/get/x-ms-visibility changed',
      ]),
    );
  });

  it('lists breaking findings first among the reasons', async () => {
    const result = await diffDocs(
      { swagger: swagger({ '/a': { get: op('A') }, '/b': { get: op('B') } }) },
      { swagger: swagger({ '/a': { get: op('A') } }) },
    );
    expect(result.updateClass).toBe('major');
    expect(result.majorReasons[0]).toBe('ppc-bc-operation-removed: 1 breaking change');
  });

  it('a property named "description" in a schema is not a free text', async () => {
    const schema = (props: Record<string, unknown>) => ({
      '200': { description: 'OK', schema: { type: 'object', properties: props } },
    });
    const result = await diffDocs(
      { swagger: swagger({ '/a': { get: op('A', { responses: schema({ id: { type: 'string' } }) }) } }) },
      {
        swagger: swagger({
          '/a': { get: op('A', { responses: schema({ id: { type: 'string' }, description: { type: 'string' } }) }) },
        }),
      },
    );
    expect(result.updateClass).toBe('major');
  });

  it('is minor when only display names change: x-ms-summary, schema titles, connection parameter display names', async () => {
    const responses = (title: string, summary: string) => ({
      '200': {
        description: 'OK',
        'x-ms-summary': summary,
        schema: {
          type: 'object',
          title,
          properties: { id: { type: 'string', title, 'x-ms-summary': summary } },
        },
      },
    });
    const side = (text: string) => ({
      swagger: swagger({
        '/tasks': {
          get: op('ListTasks', {
            parameters: [query('top', { 'x-ms-summary': `Top ${text}` })],
            responses: responses(`Task ${text}`, `Result ${text}`),
          }),
        },
      }),
      apiProperties: props({
        connectionParameters: {
          api_key: { type: 'securestring', uiDefinition: { displayName: `API key ${text}`, tooltip: 'Key' } },
        },
      }),
    });
    const result = await diffDocs(side('old'), side('new'));
    expect(result.majorReasons).toEqual([]);
    expect(result.updateClass).toBe('minor');
  });

  it('a schema property or definition named like a display text is not one', async () => {
    const withProp = (name?: string) =>
      swagger(
        {
          '/a': { get: op('A', { responses: { '200': { description: 'OK', schema: { $ref: '#/definitions/T' } } } }) },
        },
        {
          definitions: {
            T: {
              type: 'object',
              properties: { id: { type: 'string' }, ...(name ? { [name]: { type: 'string' } } : {}) },
            },
            ...(name ? { [name]: { type: 'object' } } : {}),
          },
        },
      );
    for (const name of ['description', 'title', 'x-ms-summary']) {
      const result = await diffDocs({ swagger: withProp() }, { swagger: withProp(name) });
      expect(result.majorReasons).toEqual([
        'apiDefinition.swagger.json#/definitions/T/properties/' + name + ' changed',
        'apiDefinition.swagger.json#/definitions/' + name + ' changed',
      ]);
    }
  });

  it('is new when there is no old version', async () => {
    const result = await diffConnectors(undefined, textTarget({ swagger: swagger({ '/a': { get: op('A') } }) }, 'new'));
    expect(result.updateClass).toBe('new');
    expect(result.diagnostics).toEqual([]);
  });
});
