import { lintRule, SEVERITY, validSwagger, lineContaining, lineOf } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('parameter string rules', () => {
  it('ppc-param-description names the parameter', async () => {
    const doc = validSwagger();
    delete doc.paths['/tasks'].get.parameters[0].description;
    const results = await lintRule('ppc-param-description', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/tasks', 'get', 'parameters', '0'] });
    expect(results[0].message).toContain('Parameter "status" has no "description"');
  });
});

describe('ppc-param-description scenarios', () => {
  ruleScenarios('ppc-param-description', [
    {
      name: 'A query parameter without a description.',
      edit: documentedEdit('ppc-param-description', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'parameters', '0'],
          line: 32,
          message: 'Parameter "status" has no "description"',
        },
      ],
    },
    { name: 'A description on the parameter.', edit: documentedEdit('ppc-param-description', 'valid'), expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-param-description, further cases', () => {
  const text = (doc: unknown): string => JSON.stringify(doc, null, 4);
  it('reports a shared #/parameters defect once, at the definition line', async () => {
    const doc = validSwagger();
    delete doc.parameters.TaskId['x-ms-summary'];
    delete doc.parameters.TaskId.description;
    {
      const id = 'ppc-param-description';
      {
        const results = await lintRule(id, doc);
        expect(results).toHaveLength(1);
        expect(results[0].path).toEqual(['parameters', 'TaskId']);
        expect(lineOf(results[0])).toBe(lineContaining(text(doc), '"TaskId": {'));
      }
    }
  });
});
