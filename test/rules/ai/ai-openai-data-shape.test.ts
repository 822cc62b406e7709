import { lintRule, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('AI rules', () => {
  it('ppc-ai-openai-data-shape checks the shape and that the operations exist', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get['x-ms-openai-data'] = {
      'openai-enabled': 'yes',
      operations: [
        { operationId: 'listTasks' },
        { operationId: 'Nope', 'x-ms-require-user-confirmation': 'no' },
        { operationId: 'ListTasks' },
        'x',
      ],
    };
    const results = await lintRule('ppc-ai-openai-data-shape', doc);
    expect(results.map((r) => r.message.split(';')[0])).toEqual([
      'x-ms-openai-data has "openai-enabled" as a string (yes), not a boolean (true or false)',
      'x-ms-openai-data names the operation "listTasks", which does not exist (did you mean "ListTasks"?)',
      'x-ms-openai-data names the operation "Nope", which does not exist',
      'x-ms-openai-data has "operations.1.x-ms-require-user-confirmation" as a string (no), not a boolean (true or false)',
      'x-ms-openai-data has "operations.3" as a string (x), not an object',
    ]);
    expect(results[1].path).toEqual(['paths', '/tasks', 'get', 'x-ms-openai-data', 'operations', '0', 'operationId']);

    for (const odd of [null, 'enabled', { 'openai-enabled': true, operations: 'ListTasks' }]) {
      doc.paths['/tasks'].get['x-ms-openai-data'] = odd;
      const found = await lintRule('ppc-ai-openai-data-shape', doc);
      expect(found).toHaveLength(1);
    }
    doc.paths['/tasks'].get['x-ms-openai-data'] = { 'openai-enabled': false };
    expect(await lintRule('ppc-ai-openai-data-shape', doc)).toEqual([]);
  });
});

describe('ppc-ai-openai-data-shape scenarios', () => {
  ruleScenarios('ppc-ai-openai-data-shape', [
    {
      name: 'An operation that does not exist (wrong case).',
      edit: documentedEdit('ppc-ai-openai-data-shape', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'x-ms-openai-data', 'operations', '0', 'operationId'],
          line: { containing: '"operationId": "listTasks"' },
          message: 'x-ms-openai-data names the operation "listTasks", which does not exist (did you mean "ListTasks"?)',
        },
      ],
    },
    {
      name: '`openai-enabled` as a string.',
      edit: documentedEdit('ppc-ai-openai-data-shape', 'invalid', 1),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'x-ms-openai-data', 'openai-enabled'],
          line: { containing: '"openai-enabled": "yes"' },
          message: 'x-ms-openai-data has "openai-enabled" as a string (yes), not a boolean (true or false)',
        },
      ],
    },
    {
      name: 'The list operation enabled for Copilot, with user confirmation.',
      edit: documentedEdit('ppc-ai-openai-data-shape', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
