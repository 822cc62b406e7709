import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const GET = ['paths', '/tasks/{taskId}', 'get'];

describe('response rules', () => {
  it('ppc-response-example-produced checks example MIME types against produces', async () => {
    const doc = validSwagger();
    doc.paths['/tasks/{taskId}'].get.responses['200'].examples = {
      'application/json; charset=utf-8': {},
      'text/csv': 'a,b',
    };
    const [finding, ...rest] = await lintRule('ppc-response-example-produced', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({
      severity: SEVERITY.error,
      path: [...GET, 'responses', '200', 'examples', 'text/csv'],
    });
    expect(finding.message).toContain('"text/csv" is not in produces ("application/json")');
    doc.paths['/tasks/{taskId}'].get.produces = ['text/*', 'application/json'];
    expect(await lintRule('ppc-response-example-produced', doc)).toEqual([]);
    delete doc.produces;
    doc.paths['/tasks/{taskId}'].get.produces = [];
    expect(await lintRule('ppc-response-example-produced', doc)).toEqual([]);
  });
});

describe('ppc-response-example-produced scenarios', () => {
  ruleScenarios('ppc-response-example-produced', [
    {
      name: 'An XML example on a JSON-only operation.',
      edit: documentedEdit('ppc-response-example-produced', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks/{taskId}', 'get', 'responses', '200', 'examples', 'application/xml'],
          line: { containing: '"application/xml": "<task/>"' },
          message: 'Response example "application/xml" is not in produces ("application/json")',
        },
      ],
    },
    {
      name: 'A JSON example on a JSON operation.',
      edit: documentedEdit('ppc-response-example-produced', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
