import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('schema rules', () => {
  it('ppc-readonly-not-required-input looks at request bodies only, through $refs', async () => {
    const doc = validSwagger();
    doc.definitions.NewTask.properties.title.readOnly = true;
    doc.definitions.Task.required = ['id'];
    doc.definitions.Task.properties.id.readOnly = true;
    const [finding, ...rest] = await lintRule('ppc-readonly-not-required-input', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({
      severity: SEVERITY.error,
      path: ['definitions', 'NewTask', 'properties', 'title', 'readOnly'],
    });
    expect(finding.message).toContain('"title" is readOnly and required in a request body');
  });
});

describe('ppc-readonly-not-required-input scenarios', () => {
  ruleScenarios('ppc-readonly-not-required-input', [
    {
      name: 'A required read-only title in the create-task body.',
      edit: documentedEdit('ppc-readonly-not-required-input', 'invalid'),
      expect: [
        {
          path: ['definitions', 'NewTask', 'properties', 'title', 'readOnly'],
          line: { containing: '"readOnly": true' },
          message: 'Property "title" is readOnly and required in a request body',
        },
      ],
    },
    {
      name: 'A read-only id in the response schema only.',
      edit: documentedEdit('ppc-readonly-not-required-input', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
