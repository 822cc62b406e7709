import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

const GET = ['paths', '/tasks/{taskId}', 'get'];

describe('response rules', () => {
  it('ppc-response-example-produced checks example MIME types against produces', async () => {
    const doc = validSwagger();
    doc.paths['/tasks/{taskId}'].get.responses['200'].examples = { 'application/json; charset=utf-8': {}, 'text/csv': 'a,b' };
    const [finding, ...rest] = await lintRule('ppc-response-example-produced', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ severity: SEVERITY.error, path: [...GET, 'responses', '200', 'examples', 'text/csv'] });
    expect(finding!.message).toContain('"text/csv" is not in produces ("application/json")');
    doc.paths['/tasks/{taskId}'].get.produces = ['text/*', 'application/json'];
    expect(await lintRule('ppc-response-example-produced', doc)).toEqual([]);
    delete doc.produces;
    doc.paths['/tasks/{taskId}'].get.produces = [];
    expect(await lintRule('ppc-response-example-produced', doc)).toEqual([]);
  });
});
