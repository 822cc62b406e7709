import { lintRule, validSwagger } from '../../helpers/lint';
import { ruleScenarios } from '../../helpers/scenarios';

describe('schema rules', () => {
  it('ppc-no-empty-values never suggests removing a response description, which Swagger requires', async () => {
    const doc = validSwagger();
    doc.paths['/tasks/{taskId}'].get.responses['404'].description = '';
    doc.definitions.Task.properties.status.description = '';
    const results = await lintRule('ppc-no-empty-values', doc);
    expect(results.map((r) => r.path.join('/'))).toEqual([
      'paths//tasks/{taskId}/get/responses/404/description',
      'definitions/Task/properties/status/description',
    ]);
    expect(results[0]!.message).toContain(
      '"description" is an empty string; write the text (Swagger 2.0 requires a response description)',
    );
    expect(results[0]!.message).not.toContain('remove the key');
    expect(results[1]!.message).toContain('write the text or remove the key');
    doc.paths['/tasks/{taskId}'].get.responses['404'].description = 'The task does not exist.';
    expect((await lintRule('ppc-no-empty-values', doc)).map((r) => r.path.at(-2))).toEqual(['status']);
  });
});

describe('ppc-no-empty-values scenarios', () => {
  ruleScenarios('ppc-no-empty-values', [
    {
      name: 'An empty property description.',
      edit: (doc) => {
        doc.definitions.Task.properties.status.description = '';
      },
      expect: [
        {
          path: ['definitions', 'Task', 'properties', 'status', 'description'],
          line: { containing: '"description": ""' },
          message: '"description" is an empty string',
        },
      ],
    },
    {
      name: 'An empty response description.',
      edit: (doc) => {
        doc.paths['/tasks/{taskId}'].get.responses['404'].description = '';
      },
      expect: [
        {
          path: ['paths', '/tasks/{taskId}', 'get', 'responses', '404', 'description'],
          line: { containing: '"description": ""' },
          message: '"description" is an empty string',
        },
      ],
    },
    {
      name: 'An empty description on a hidden property.',
      edit: (doc) => {
        doc.definitions.Task.properties.status.description = '';
        doc.definitions.Task.properties.status['x-ms-visibility'] = 'internal';
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
