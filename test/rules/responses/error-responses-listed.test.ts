import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const GET = ['paths', '/tasks/{taskId}', 'get'];

describe('response rules', () => {
  it('ppc-error-responses-listed informs about operations without error responses', async () => {
    const doc = validSwagger();
    delete doc.paths['/tasks/{taskId}'].get.responses['404'];
    const [finding, ...rest] = await lintRule('ppc-error-responses-listed', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ severity: SEVERITY.info, path: [...GET, 'responses'] });
    expect(finding.message).toContain('"GetTask" lists no error response (only "200")');
    doc.paths['/tasks/{taskId}'].get.responses.default = { description: 'An error.' };
    expect(await lintRule('ppc-error-responses-listed', doc)).toEqual([]);
    delete doc.paths['/tasks/{taskId}'].get.responses.default;
    doc.paths['/tasks/{taskId}'].get['x-ms-visibility'] = 'internal';
    expect(await lintRule('ppc-error-responses-listed', doc)).toEqual([]);
  });
});

describe('ppc-error-responses-listed scenarios', () => {
  ruleScenarios('ppc-error-responses-listed', [
    {
      name: 'An operation with a 200 response only.',
      edit: documentedEdit('ppc-error-responses-listed', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks/{taskId}', 'get', 'responses'],
          line: 101,
          message: '"GetTask" lists no error response (only "200")',
        },
      ],
    },
    {
      name: 'A 200 response and a described 404.',
      edit: documentedEdit('ppc-error-responses-listed', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
