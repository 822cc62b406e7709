import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios } from '../../helpers/scenarios';

describe('parameter string rules', () => {
  it('ppc-param-description names the parameter', async () => {
    const doc = validSwagger();
    delete doc.paths['/tasks'].get.parameters[0].description;
    const results = await lintRule('ppc-param-description', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/tasks', 'get', 'parameters', '0'] });
    expect(results[0]!.message).toContain('Parameter "status" has no "description"');
  });
});

describe('ppc-param-description scenarios', () => {
  ruleScenarios('ppc-param-description', [
    {
      name: 'A query parameter without a description.',
      edit: (doc) => {
        delete doc.paths['/tasks'].get.parameters[0].description;
      },
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'parameters', '0'],
          line: 32,
          message: 'Parameter "status" has no "description"',
        },
      ],
    },
    { name: 'A description on the parameter.', edit: () => {}, expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
