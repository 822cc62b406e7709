import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('parameter and schema value rules', () => {
  it('ppc-default-type flags real mismatches and accepts text that reads as the type', async () => {
    const doc = validSwagger();
    doc.parameters.TaskId.default = 12;
    doc.definitions.NewTask.properties.priority = { type: 'integer', default: 'high' };
    doc.definitions.NewTask.properties.done = { type: 'boolean', default: 'false' };
    doc.definitions.NewTask.properties.size = { type: 'number', default: '1.5' };
    doc.definitions.NewTask.properties.note = { type: 'string', default: null };
    const results = await lintRule('ppc-default-type', doc);
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({
      severity: SEVERITY.error,
      path: ['definitions', 'NewTask', 'properties', 'priority', 'default'],
    });
    expect(results[0].message).toContain(
      'Property "priority" has type "integer" but its default "high" is of type string',
    );
    expect(results[1].path).toEqual(['parameters', 'TaskId', 'default']);
    expect(results[1].message).toContain('Parameter "taskId" has type "string" but its default 12 is a number');
  });
});

describe('ppc-default-type scenarios', () => {
  ruleScenarios('ppc-default-type', [
    {
      name: 'A number default on a string parameter.',
      edit: documentedEdit('ppc-default-type', 'invalid'),
      expect: [
        {
          path: ['parameters', 'TaskId', 'default'],
          line: { containing: '"default": 42' },
          message: 'Parameter "taskId" has type "string" but its default 42 is a number',
        },
      ],
    },
    {
      name: 'A word default on an integer property.',
      edit: documentedEdit('ppc-default-type', 'invalid', 1),
      expect: [
        {
          path: ['definitions', 'NewTask', 'properties', 'priority', 'default'],
          line: { containing: '"default": "high"' },
          message: 'Property "priority" has type "integer" but its default "high" is of type string',
        },
      ],
    },
    {
      name: 'An integer default on an integer property.',
      edit: documentedEdit('ppc-default-type', 'valid'),
      expect: [],
    },
    {
      name: 'Text that reads as an integer (accepted by the platform).',
      edit: documentedEdit('ppc-default-type', 'valid', 1),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
