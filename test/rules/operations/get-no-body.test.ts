import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('operation structure rules', () => {
  it('ppc-get-no-body reports body and formData parameters on GET, inline, referenced or at path level', async () => {
    const doc = validSwagger();
    doc.parameters.Payload = { name: 'payload', in: 'body', schema: { type: 'object' } };
    doc.paths['/tasks'].get.parameters.push({ name: 'file', in: 'formData', type: 'file' });
    doc.paths['/tasks/{taskId}'].get.parameters.push({ $ref: '#/parameters/Payload' });
    doc.paths['/tasks/{taskId}'].parameters = [{ name: 'shared', in: 'body', schema: { type: 'string' } }];
    doc.paths['/tasks'].post.parameters.push({ name: 'fine', in: 'formData', type: 'string' });
    const results = await lintRule('ppc-get-no-body', doc);
    expect(results.map((r) => [r.path.join('/'), r.message.split(';')[0]])).toEqual([
      ['paths//tasks/get/parameters/1/in', 'GET parameter "file" is in formData'],
      ['paths//tasks/{taskId}/get/parameters/1', 'GET parameter "payload" is in body'],
      ['paths//tasks/{taskId}/parameters/0/in', 'Path-level parameter "shared" is in body'],
    ]);
    expect(results[0].severity).toBe(SEVERITY.error);
  });
});

describe('ppc-get-no-body scenarios', () => {
  ruleScenarios('ppc-get-no-body', [
    {
      name: 'A body parameter on GET.',
      edit: documentedEdit('ppc-get-no-body', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'parameters', '1', 'in'],
          line: { containing: '"in": "body",' },
          message: 'GET parameter "filter" is in body',
        },
      ],
    },
    {
      name: 'The same input as a query parameter.',
      edit: documentedEdit('ppc-get-no-body', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
