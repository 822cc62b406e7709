import { lintRule, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('response rules', () => {
  it('ppc-response-ref-valid reports wrong, missing and chained response references', async () => {
    const doc = validSwagger();
    doc.responses = { A: { $ref: '#/responses/B' }, B: { description: 'B.' } };
    doc.paths['/tasks/{taskId}'].get.responses['404'] = { $ref: '#/responses/Missing' };
    doc.paths['/tasks/{taskId}'].delete.responses['404'] = { $ref: '#/definitions/Task' };
    doc.paths['/tasks'].post.responses['400'] = { $ref: '#/responses/A' };
    const messages = (await lintRule('ppc-response-ref-valid', doc)).map((r) => [r.path.join('/'), r.message]);
    expect(messages).toEqual(
      expect.arrayContaining([
        [
          'paths//tasks/{taskId}/get/responses/404/$ref',
          expect.stringContaining('"#/responses/Missing" does not resolve'),
        ],
        [
          'paths//tasks/{taskId}/delete/responses/404/$ref',
          expect.stringContaining('does not point to "#/responses/<name>"'),
        ],
        [
          'paths//tasks/post/responses/400/$ref',
          expect.stringContaining('points to another reference ("#/responses/B")'),
        ],
        ['responses/A/$ref', expect.stringContaining('is used inside "#/responses"')],
      ]),
    );
    expect(messages).toHaveLength(4);
  });
});

describe('ppc-response-ref-valid scenarios', () => {
  ruleScenarios('ppc-response-ref-valid', [
    {
      name: 'A reference to a response that does not exist.',
      edit: documentedEdit('ppc-response-ref-valid', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks/{taskId}', 'get', 'responses', '404', '$ref'],
          line: { containing: '"$ref": "#/responses/NotFound"' },
          message: 'Response $ref "#/responses/NotFound" does not resolve',
        },
      ],
    },
    {
      name: 'A response reference into `#/definitions`.',
      edit: documentedEdit('ppc-response-ref-valid', 'invalid', 1),
      expect: [
        {
          path: ['paths', '/tasks/{taskId}', 'get', 'responses', '404', '$ref'],
          line: 109,
          message: 'Response $ref "#/definitions/Task" does not point to "#/responses/<name>"',
        },
      ],
    },
    {
      name: 'A reference to a shared response.',
      edit: documentedEdit('ppc-response-ref-valid', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
