import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('parameter structure rules', () => {
  it('ppc-allow-empty-value only on query and formData', async () => {
    const doc = validSwagger();
    doc.parameters.TaskId.allowEmptyValue = true;
    doc.paths['/tasks'].get.parameters[0].allowEmptyValue = true;
    const results = await lintRule('ppc-allow-empty-value', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.error, path: ['parameters', 'TaskId', 'allowEmptyValue'] });
    expect(results[0].message).toContain('Parameter "taskId" (in path) has "allowEmptyValue"');
  });
});

describe('ppc-allow-empty-value scenarios', () => {
  ruleScenarios('ppc-allow-empty-value', [
    {
      name: 'On a path parameter.',
      edit: documentedEdit('ppc-allow-empty-value', 'invalid'),
      expect: [
        {
          path: ['parameters', 'TaskId', 'allowEmptyValue'],
          line: { containing: '"allowEmptyValue": true' },
          message: 'Parameter "taskId" (in path) has "allowEmptyValue"',
        },
      ],
    },
    {
      name: 'On a query parameter.',
      edit: documentedEdit('ppc-allow-empty-value', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
