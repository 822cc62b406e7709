import { lintRule, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('value rules', () => {
  it('ppc-x-ms-capabilities-operation checks chunkTransfer and unknown keys on operations only', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].post['x-ms-capabilities'] = {
      chunkTransfer: 'true',
      testConnection: { operationId: 'ListTasks' },
    };
    doc.paths['/tasks'].get['x-ms-capabilities'] = 'chunkTransfer';
    doc['x-ms-capabilities'] = { testConnection: { operationId: 'ListTasks' } };
    const results = await lintRule('ppc-x-ms-capabilities-operation', doc);
    expect(results.map((r) => [r.path.join('/'), r.message.split(';')[0]])).toEqual([
      ['paths//tasks/get/x-ms-capabilities', 'x-ms-capabilities is a string (chunkTransfer), not an object'],
      [
        'paths//tasks/post/x-ms-capabilities/chunkTransfer',
        'x-ms-capabilities has "chunkTransfer" as a string (true), not a boolean (true or false)',
      ],
      ['paths//tasks/post/x-ms-capabilities/testConnection', 'x-ms-capabilities has the unknown key "testConnection"'],
    ]);
  });
});

describe('ppc-x-ms-capabilities-operation scenarios', () => {
  ruleScenarios('ppc-x-ms-capabilities-operation', [
    {
      name: '`chunkTransfer` as a string.',
      edit: documentedEdit('ppc-x-ms-capabilities-operation', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'post', 'x-ms-capabilities', 'chunkTransfer'],
          line: { containing: '"chunkTransfer": "true"' },
          message: 'x-ms-capabilities has "chunkTransfer" as a string (true), not a boolean (true or false)',
        },
      ],
    },
    {
      name: 'A root capability on an operation.',
      edit: documentedEdit('ppc-x-ms-capabilities-operation', 'invalid', 1),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'x-ms-capabilities', 'testConnection'],
          line: { containing: '"testConnection": {' },
          message: 'x-ms-capabilities has the unknown key "testConnection"',
        },
      ],
    },
    {
      name: 'Chunked upload enabled.',
      edit: documentedEdit('ppc-x-ms-capabilities-operation', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
