import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

describe('ppc-operation-id-references-exist', () => {
  it('reports each reference to a missing operation where it is written', async () => {
    const doc = validSwagger();
    doc['x-ms-capabilities'] = {
      testConnection: { operationId: 'TestConnection', parameters: {} },
      'file-picker': { open: { operationId: 'ListTasks' }, browse: { operationId: 'BrowseFolders' } },
    };
    doc.paths['/tasks'].get.parameters[0]['x-ms-dynamic-values'] = { operationId: 'listtasks', 'value-path': 'id' };
    doc.paths['/tasks'].get.parameters[0]['x-ms-dynamic-list'] = { operationId: 'ListTasks', itemValuePath: 'id' };
    doc.definitions.NewTask.properties.title['x-ms-dynamic-tree'] = {
      settings: {},
      open: { operationId: 'OpenRoot' },
      browse: { operationId: 'GetTask' },
    };
    doc.paths['/tasks'].post.parameters[0].schema = {
      $ref: '#/definitions/NewTask',
      'x-ms-dynamic-schema': { operationId: 'GetSchema' },
    };
    doc.paths['/tasks'].post['x-ms-operation-context'] = { simulate: { operationId: 'Simulate' } };
    doc.paths['/tasks'].post['x-ms-notification'] = { operationId: 'CreateTask' };
    doc.responses.Dynamic = { description: 'x', schema: { 'x-ms-dynamic-properties': { operationId: '' } } };
    const results = await lintRule('ppc-operation-id-references-exist', doc);
    expect(results.map((r) => [r.path.join('/'), r.message.split(';')[0]])).toEqual([
      [
        'paths//tasks/get/parameters/0/x-ms-dynamic-values/operationId',
        'x-ms-dynamic-values.operationId "listtasks" names no operation of this definition (did you mean "ListTasks"? operationIds are case-sensitive)',
      ],
      [
        'paths//tasks/post/parameters/0/schema/x-ms-dynamic-schema/operationId',
        'x-ms-dynamic-schema.operationId "GetSchema" names no operation of this definition',
      ],
      [
        'paths//tasks/post/x-ms-operation-context/simulate/operationId',
        'x-ms-operation-context.simulate.operationId "Simulate" names no operation of this definition',
      ],
      [
        'definitions/NewTask/properties/title/x-ms-dynamic-tree/open/operationId',
        'x-ms-dynamic-tree.open.operationId "OpenRoot" names no operation of this definition',
      ],
      [
        'responses/Dynamic/schema/x-ms-dynamic-properties/operationId',
        'x-ms-dynamic-properties.operationId "" names no operation of this definition',
      ],
      [
        'x-ms-capabilities/testConnection/operationId',
        'x-ms-capabilities.testConnection.operationId "TestConnection" names no operation of this definition',
      ],
      [
        'x-ms-capabilities/file-picker/browse/operationId',
        'x-ms-capabilities.file-picker.browse.operationId "BrowseFolders" names no operation of this definition',
      ],
    ]);
    expect(results[0]).toMatchObject({ code: 'ppc-operation-id-references-exist', severity: SEVERITY.error });
    expect(results[0].message).toMatch(
      /; point it at an existing operationId \(Microsoft rejects references to missing operations: OperationIdNotFound\)\.$/,
    );
    expect(lineOf(results[5])).toBe(lineContaining(text(doc), '"operationId": "TestConnection"'));
  });

  it('ignores examples, property names, builtInOperation and non-string values', async () => {
    const doc = validSwagger();
    doc.definitions.Task.example = { 'x-ms-dynamic-values': { operationId: 'Nope' } };
    doc.definitions.Task.properties['x-ms-notification'] = {
      type: 'object',
      properties: { operationId: { type: 'string' } },
    };
    doc.definitions['x-ms-capabilities'] = { type: 'object' };
    doc.paths['/tasks'].get.parameters[0]['x-ms-dynamic-values'] = {
      builtInOperation: 'AadGraph.GetUsers',
      'value-path': 'id',
    };
    doc.paths['/tasks'].post['x-ms-notification'] = { operationId: 42 };
    doc.paths['/tasks'].post['x-ms-capabilities'] = { chunkTransfer: true };
    expect(await lintRule('ppc-operation-id-references-exist', doc)).toEqual([]);
    expect(await lintRule('ppc-operation-id-references-exist', validSwagger())).toEqual([]);
  });
});

describe('ppc-operation-id-references-exist scenarios', () => {
  ruleScenarios('ppc-operation-id-references-exist', [
    {
      name: 'Dynamic values from an operation that does not exist.',
      edit: documentedEdit('ppc-operation-id-references-exist', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'parameters', '0', 'x-ms-dynamic-values', 'operationId'],
          line: { containing: '"operationId": "ListStatuses",' },
          message: 'x-ms-dynamic-values.operationId "ListStatuses" names no operation of this definition',
        },
      ],
    },
    {
      name: 'A test connection operation that does not exist.',
      edit: documentedEdit('ppc-operation-id-references-exist', 'invalid', 1),
      expect: [
        {
          path: ['x-ms-capabilities', 'testConnection', 'operationId'],
          line: { containing: '"operationId": "TestConnection"' },
          message:
            'x-ms-capabilities.testConnection.operationId "TestConnection" names no operation of this definition',
        },
      ],
    },
    {
      name: 'Dynamic values from the ListTasks operation.',
      edit: documentedEdit('ppc-operation-id-references-exist', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
