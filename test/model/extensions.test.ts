import { connectorModel } from '../../src/model';

describe('extensions and dynamic uses', () => {
  const document = {
    swagger: '2.0',
    'x-ms-connector-metadata': [{ propertyName: 'Website', 'x-ms-inside-value': 1 }],
    info: { title: 'T', 'x-ms-api-annotation': {} },
    paths: {
      '/items': {
        get: {
          operationId: 'ListItems',
          'x-ms-visibility': 'internal',
          parameters: [
            {
              name: 'folder',
              in: 'query',
              type: 'string',
              'x-ms-dynamic-values': { operationId: 'ListFolders', 'value-path': 'id' },
            },
          ],
          responses: {
            '200': {
              description: 'OK',
              schema: { properties: { 'x-ms-not-an-extension': { type: 'string', 'x-ms-summary': 'S' } } },
            },
          },
        },
      },
    },
    parameters: {
      Tree: { name: 't', in: 'query', type: 'string', 'x-ms-dynamic-tree': { open: { operationId: 'Browse' } } },
    },
    definitions: { 'x-ms-name': { type: 'object', 'X-MS-Custom': 1, x_ms_odd: 2 } },
  };
  const model = connectorModel(document);

  it('lists extension keys with their paths and locations, not property or definition names', () => {
    const paths = model.extensions.map((e) => e.path.join('/'));
    expect(paths).toContain('x-ms-connector-metadata');
    expect(paths).toContain('info/x-ms-api-annotation');
    expect(paths).toContain('paths//items/get/x-ms-visibility');
    expect(paths).toContain('paths//items/get/responses/200/schema/properties/x-ms-not-an-extension/x-ms-summary');
    expect(paths).toContain('definitions/x-ms-name/X-MS-Custom');
    expect(paths).toContain('definitions/x-ms-name/x_ms_odd');
    expect(paths).not.toContain('paths//items/get/responses/200/schema/properties/x-ms-not-an-extension');
    expect(paths).not.toContain('definitions/x-ms-name');
    expect(paths.some((p) => p.includes('x-ms-inside-value'))).toBe(false);
    expect(model.extensions.find((e) => e.key === 'x-ms-visibility')?.location).toBe('operation');
  });

  it('finds dynamic uses with the operation they sit in and the one they call', () => {
    expect(model.dynamicUses.map((u) => [u.kind, u.operationId, u.operation?.operationId])).toEqual([
      ['x-ms-dynamic-values', 'ListFolders', 'ListItems'],
      ['x-ms-dynamic-tree', 'Browse', undefined],
    ]);
    expect(model.dynamicUses[0].path).toEqual(['paths', '/items', 'get', 'parameters', 0, 'x-ms-dynamic-values']);
  });
});
