import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('schema property rules', () => {
  it('ppc-property-title hints at titles that are not title case', async () => {
    const doc = validSwagger();
    doc.definitions.Task.properties.dueDate.title = 'due date';
    doc.definitions.Task.properties.status.title = 'Status of the Task';
    const [finding, ...rest] = await lintRule('ppc-property-title', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({
      severity: SEVERITY.hint,
      path: ['definitions', 'Task', 'properties', 'dueDate', 'title'],
    });
    expect(finding.message).toContain('"due date" of "dueDate" is not in title case ("due")');
  });
});

describe('ppc-property-title scenarios', () => {
  ruleScenarios('ppc-property-title', [
    {
      name: 'A lower-case title.',
      edit: documentedEdit('ppc-property-title', 'invalid'),
      expect: [
        {
          path: ['definitions', 'Task', 'properties', 'dueDate', 'title'],
          line: { containing: '"title": "due date"' },
          message: 'Title "due date" of "dueDate" is not in title case ("due")',
        },
      ],
    },
    {
      name: 'A title-case title.',
      edit: documentedEdit('ppc-property-title', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
