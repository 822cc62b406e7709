import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const GET = ['paths', '/tasks/{taskId}', 'get'];
const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

describe('response rules', () => {
  it('ppc-response-description reports a response without a description', async () => {
    const doc = validSwagger();
    delete doc.paths['/tasks/{taskId}'].get.responses['404'].description;
    const [finding, ...rest] = await lintRule('ppc-response-description', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ severity: SEVERITY.error, path: [...GET, 'responses', '404'] });
    expect(finding.message).toContain('"404" has no description');
    expect(lineOf(finding)).toBe(lineContaining(text(doc), '"404"'));

    doc.paths['/tasks/{taskId}'].get.responses['404'] = { description: 7 };
    expect((await lintRule('ppc-response-description', doc))[0].path).toEqual([
      ...GET,
      'responses',
      '404',
      'description',
    ]);
    doc.paths['/tasks/{taskId}'].get.responses['404'] = { $ref: '#/responses/NotFound' };
    doc.responses = { NotFound: { description: 'Not found.' } };
    expect(await lintRule('ppc-response-description', doc)).toEqual([]);
    doc.responses.Gone = {};
    expect((await lintRule('ppc-response-description', doc))[0].path).toEqual(['responses', 'Gone']);
  });
});

describe('ppc-response-description scenarios', () => {
  ruleScenarios('ppc-response-description', [
    {
      name: 'A 404 response without a description.',
      edit: documentedEdit('ppc-response-description', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks/{taskId}', 'get', 'responses', '404'],
          line: { containing: '"404": {}' },
          message: 'Response "404" has no description',
        },
      ],
    },
    {
      name: 'A 404 response with a description.',
      edit: documentedEdit('ppc-response-description', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
