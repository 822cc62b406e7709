import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('parameter structure rules', () => {
  it('ppc-param-ref-valid checks prefix, target and chains', async () => {
    const doc = validSwagger();
    doc.paths['/tasks/{taskId}'].get.parameters[0].$ref = '#/definitions/Task';
    doc.paths['/tasks/{taskId}'].delete.parameters[0].$ref = '#/parameters/Nope';
    doc.parameters.Alias = { $ref: '#/parameters/TaskId' };
    doc.paths['/tasks'].get.parameters.push({ $ref: '#/parameters/Alias' });
    const results = await lintRule('ppc-param-ref-valid', doc);
    expect(results.map((r) => r.message)).toEqual([
      expect.stringContaining('The parameter $ref "#/definitions/Task" does not start with "#/parameters/"'),
      expect.stringContaining('The parameter $ref "#/parameters/Nope" points at no parameter'),
      expect.stringContaining('The shared parameter "Alias" is itself a $ref'),
    ]);
    expect(results.every((r) => r.severity === SEVERITY.error)).toBe(true);
    expect(results[2].path).toEqual(['parameters', 'Alias', '$ref']);
  });
});

describe('ppc-param-ref-valid scenarios', () => {
  ruleScenarios('ppc-param-ref-valid', [
    {
      name: 'A reference into definitions.',
      edit: documentedEdit('ppc-param-ref-valid', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks/{taskId}', 'get', 'parameters', '0', '$ref'],
          line: 98,
          message: 'The parameter $ref "#/definitions/Task" does not start with "#/parameters/"',
        },
      ],
    },
    {
      name: 'A chained shared parameter.',
      edit: documentedEdit('ppc-param-ref-valid', 'invalid', 1),
      expect: [
        {
          path: ['parameters', 'TaskAlias', '$ref'],
          line: 192,
          message: 'The shared parameter "TaskAlias" is itself a $ref (#/parameters/TaskId)',
        },
      ],
    },
    { name: 'A reference to a shared parameter.', edit: documentedEdit('ppc-param-ref-valid', 'valid'), expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
