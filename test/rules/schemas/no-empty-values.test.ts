import { lintRule, validSwagger, SEVERITY } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

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
    expect(results[0].message).toContain(
      '"description" is an empty string; write the text (Swagger 2.0 requires a response description)',
    );
    expect(results[0].message).not.toContain('remove the key');
    expect(results[1].message).toContain('write the text or remove the key');
    doc.paths['/tasks/{taskId}'].get.responses['404'].description = 'The task does not exist.';
    expect((await lintRule('ppc-no-empty-values', doc)).map((r) => r.path.at(-2))).toEqual(['status']);
  });
});

describe('ppc-no-empty-values scenarios', () => {
  ruleScenarios('ppc-no-empty-values', [
    {
      name: 'An empty property description.',
      edit: documentedEdit('ppc-no-empty-values', 'invalid'),
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
      edit: documentedEdit('ppc-no-empty-values', 'invalid', 1),
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
      edit: documentedEdit('ppc-no-empty-values', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-no-empty-values, further cases', () => {
  it('ppc-no-empty-values reports empty text and URLs outside data and hidden elements', async () => {
    const doc = validSwagger();
    doc.definitions.Task.properties.status.description = '';
    doc.definitions.Task.properties.status.example = { description: '' };
    doc.definitions.Task.properties.id['x-ms-summary'] = ' ';
    doc.definitions.Task.properties.title.default = '';
    doc.definitions.NewTask.properties.dueDate['x-ms-visibility'] = 'internal';
    doc.definitions.NewTask.properties.dueDate.description = '';
    doc.paths['/tasks'].get.summary = '';
    doc.externalDocs = { url: '' };
    const results = await lintRule('ppc-no-empty-values', doc);
    expect(results.map((r) => [r.path.join('/'), r.message.split(';')[0]])).toEqual([
      ['definitions/Task/properties/id/x-ms-summary', '"x-ms-summary" is blank'],
      ['definitions/Task/properties/status/description', '"description" is an empty string'],
      ['externalDocs/url', '"url" is an empty string'],
    ]);
    expect(results[1].severity).toBe(SEVERITY.error);
  });
});
