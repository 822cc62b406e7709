import { op, swagger } from '../../src/diff/rules/example-docs';
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

  it('is new when there is no old version', async () => {
    const result = await diffConnectors(undefined, textTarget({ swagger: swagger({ '/a': { get: op('A') } }) }, 'new'));
    expect(result.updateClass).toBe('new');
    expect(result.diagnostics).toEqual([]);
  });
});
