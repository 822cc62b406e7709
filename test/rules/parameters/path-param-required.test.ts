import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('parameter structure rules', () => {
  it('ppc-path-param-required reports a shared path parameter once, at its definition', async () => {
    const doc = validSwagger();
    doc.parameters.TaskId.required = false;
    const results = await lintRule('ppc-path-param-required', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.error, path: ['parameters', 'TaskId', 'required'] });
    expect(results[0].message).toContain('Path parameter "taskId" has required: false');
    delete doc.parameters.TaskId.required;
    const [missing] = await lintRule('ppc-path-param-required', doc);
    expect(missing.path).toEqual(['parameters', 'TaskId']);
    expect(missing.message).toContain('has no "required"');
  });
});

describe('ppc-path-param-required scenarios', () => {
  ruleScenarios('ppc-path-param-required', [
    {
      name: 'An optional path parameter.',
      edit: documentedEdit('ppc-path-param-required', 'invalid'),
      expect: [
        {
          path: ['parameters', 'TaskId', 'required'],
          line: 186,
          message: 'Path parameter "taskId" has required: false',
        },
      ],
    },
    { name: 'A required path parameter.', edit: documentedEdit('ppc-path-param-required', 'valid'), expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
