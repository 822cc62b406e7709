import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

describe('operation description rules', () => {
  it('ppc-description-no-urls reports URLs in operation, parameter and property descriptions where they are written', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.description = 'Lists tasks. See https://docs.contoso.com/tasks.';
    doc.paths['/tasks'].get.parameters[0].description = 'Status, see www.contoso.com/status for values.';
    doc.definitions.Task.properties.id.description = 'The ID (http://contoso.com/ids).';
    doc.parameters.TaskId.description = 'See https://contoso.com/id.';
    doc.paths['/tasks'].post.description = 'Hidden https://hidden.example.com';
    doc.paths['/tasks'].post['x-ms-visibility'] = 'internal';
    const results = await lintRule('ppc-description-no-urls', doc);
    expect(results.map((r) => r.path.join('/'))).toEqual([
      'paths//tasks/get/description',
      'paths//tasks/get/parameters/0/description',
      'definitions/Task/properties/id/description',
      'parameters/TaskId/description',
    ]);
    expect(results[0]).toMatchObject({ severity: SEVERITY.info });
    expect(results[0].message).toBe(
      'Operation description contains the URL "https://docs.contoso.com/tasks."; describe the value in words and move links to the readme (community certification guidance).',
    );
    expect(results[1].message).toContain('Parameter description contains the URL "www.contoso.com/status"');
    expect(results[2].message).toContain('Property description contains the URL "http://contoso.com/ids"');
    expect(lineOf(results[2])).toBe(lineContaining(text(doc), 'http://contoso.com/ids'));
  });
});

describe('ppc-description-no-urls scenarios', () => {
  ruleScenarios('ppc-description-no-urls', [
    {
      name: 'A documentation link in an operation description.',
      edit: documentedEdit('ppc-description-no-urls', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'description'],
          line: { containing: '"description": "Lists the tasks. See https://docs.contoso.com/tasks for details.",' },
          message: 'Operation description contains the URL "https://docs.contoso.com/tasks"',
        },
      ],
    },
    {
      name: 'A link in a property description.',
      edit: documentedEdit('ppc-description-no-urls', 'invalid', 1),
      expect: [
        {
          path: ['definitions', 'Task', 'properties', 'id', 'description'],
          line: { containing: '"description": "The task ID, as shown on www.contoso.com."' },
          message: 'Property description contains the URL "www.contoso.com."',
        },
      ],
    },
    { name: 'Descriptions in words.', edit: documentedEdit('ppc-description-no-urls', 'valid'), expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
