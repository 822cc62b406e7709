import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('schema property rules', () => {
  it('ppc-property-description reports missing descriptions and descriptions that repeat the name', async () => {
    const doc = validSwagger();
    delete doc.definitions.Task.properties.status.description;
    doc.definitions.NewTask.properties.dueDate.description = 'Due date.';
    doc.definitions.Task.properties.owner = { allOf: [{ $ref: '#/definitions/NewTask' }], 'x-ms-summary': 'Owner' };
    doc.definitions.NewTask.description = 'A task to create.';
    const results = await lintRule('ppc-property-description', doc);
    expect(results.map((r) => [r.path.join('/'), r.message.split(';')[0]])).toEqual([
      [
        'definitions/NewTask/properties/dueDate',
        'Property "dueDate" has a description that only repeats its name ("Due date.")',
      ],
      ['definitions/Task/properties/status', 'Property "status" has no description'],
    ]);
    expect(results[0].severity).toBe(SEVERITY.info);
  });
});

describe('ppc-property-description scenarios', () => {
  ruleScenarios('ppc-property-description', [
    {
      name: 'A response property without a description.',
      edit: documentedEdit('ppc-property-description', 'invalid'),
      expect: [
        {
          path: ['definitions', 'Task', 'properties', 'status'],
          line: { containing: '"status": {' },
          message: 'Property "status" has no description',
        },
      ],
    },
    {
      name: 'A description that repeats the name.',
      edit: documentedEdit('ppc-property-description', 'invalid', 1),
      expect: [
        {
          path: ['definitions', 'Task', 'properties', 'status'],
          line: { containing: '"status": {' },
          message: 'Property "status" has a description that only repeats its name ("Status")',
        },
      ],
    },
    { name: 'Descriptive sentences.', edit: documentedEdit('ppc-property-description', 'valid'), expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-property-description, further cases', () => {
  it('skip schemas that only deprecated operations use', async () => {
    const doc = validSwagger();
    delete doc.definitions.NewTask.properties.dueDate['x-ms-summary'];
    delete doc.definitions.NewTask.properties.dueDate.description;
    {
      const id = 'ppc-property-description';
      expect({ id, found: (await lintRule(id, doc)).length }).toEqual({ id, found: 1 });
    }
    doc.paths['/tasks'].post.deprecated = true;
    {
      const id = 'ppc-property-description';
      expect({ id, found: (await lintRule(id, doc)).length }).toEqual({ id, found: 0 });
    }
  });
});
