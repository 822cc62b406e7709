import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('parameter and schema value rules', () => {
  it('ppc-shared-params reports a parameter repeated in three operations once', async () => {
    const fields = {
      name: 'fields',
      in: 'query',
      type: 'string',
      'x-ms-summary': 'Fields',
      description: 'The fields to return.',
    };
    const doc = validSwagger();
    doc.paths['/tasks'].get.parameters.push({ ...fields });
    doc.paths['/tasks/{taskId}'].get.parameters.push({ ...fields });
    expect(await lintRule('ppc-shared-params', doc)).toEqual([]);
    doc.paths['/tasks/{taskId}'].delete.parameters.push({ ...fields });
    const results = await lintRule('ppc-shared-params', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.info, path: ['paths', '/tasks', 'get', 'parameters', '1'] });
    expect(results[0].message).toContain('Parameter "fields" (in query) is written out identically in 3 operations');
    // Not identical any more: no finding.
    doc.paths['/tasks/{taskId}'].delete.parameters[1].description = 'Other.';
    expect(await lintRule('ppc-shared-params', doc)).toEqual([]);
  });
});

describe('ppc-shared-params scenarios', () => {
  ruleScenarios('ppc-shared-params', [
    {
      name: 'The same query parameter in three operations.',
      edit: documentedEdit('ppc-shared-params', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'parameters', '1'],
          line: 44,
          message: 'Parameter "fields" (in query) is written out identically in 3 operations',
        },
      ],
    },
    {
      name: 'A shared parameter referenced twice (the fixture as is).',
      edit: documentedEdit('ppc-shared-params', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
