import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('operation structure rules', () => {
  it('ppc-operation-has-success reports operations with status codes but no 2xx', async () => {
    const doc = validSwagger();
    doc.paths['/tasks/{taskId}'].get.responses = {
      '404': { description: 'Missing.' },
      default: { description: 'Error.' },
    };
    doc.paths['/tasks/{taskId}'].delete.responses = { default: { description: 'Anything.' } };
    doc.paths['/tasks'].get.responses = { 'x-foo': {} };
    const results = await lintRule('ppc-operation-has-success', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({
      severity: SEVERITY.error,
      path: ['paths', '/tasks/{taskId}', 'get', 'responses'],
    });
    expect(results[0].message).toMatch(
      /^Operation "GetTask" has no 2xx response \(only 404, default\); add the success response/,
    );
  });
});

describe('ppc-operation-has-success scenarios', () => {
  ruleScenarios('ppc-operation-has-success', [
    {
      name: 'Only an error response.',
      edit: documentedEdit('ppc-operation-has-success', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks/{taskId}', 'delete', 'responses'],
          line: 123,
          message: 'Operation "DeleteTask" has no 2xx response (only 404)',
        },
      ],
    },
    {
      name: 'A success and an error response.',
      edit: documentedEdit('ppc-operation-has-success', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
