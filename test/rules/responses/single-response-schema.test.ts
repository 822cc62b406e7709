import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const GET = ['paths', '/tasks/{taskId}', 'get'];

describe('response rules', () => {
  it('ppc-single-response-schema reports extra schemas but not default or dynamic ones', async () => {
    const doc = validSwagger();
    doc.paths['/tasks/{taskId}'].get.responses['404'].schema = { type: 'object' };
    doc.paths['/tasks/{taskId}'].get.responses.default = { description: 'Error.', schema: { type: 'object' } };
    const [finding, ...rest] = await lintRule('ppc-single-response-schema', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ severity: SEVERITY.warn, path: [...GET, 'responses', '404', 'schema'] });
    expect(finding.message).toContain('"404" has a schema besides the one on "200"');
    doc.paths['/tasks/{taskId}'].get.responses['404'].schema = {
      type: 'object',
      'x-ms-dynamic-schema': { operationId: 'X' },
    };
    expect(await lintRule('ppc-single-response-schema', doc)).toEqual([]);
  });

  it('ppc-single-response-schema reports a shared response schema once, at #/responses, not once per use', async () => {
    const doc = validSwagger();
    doc.responses = { ...(doc.responses ?? {}), Problem: { description: 'A problem.', schema: { type: 'object' } } };
    doc.paths['/tasks/{taskId}'].get.responses['404'] = { $ref: '#/responses/Problem' };
    doc.paths['/tasks'].get.responses['404'] = { $ref: '#/responses/Problem' };
    const findings = await lintRule('ppc-single-response-schema', doc);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ path: ['responses', 'Problem', 'schema'] });
    expect(findings[0].message).toContain('"404" has a schema besides the one on "200"');
    delete doc.responses.Problem.schema;
    expect(await lintRule('ppc-single-response-schema', doc)).toEqual([]);
  });
});

describe('ppc-single-response-schema scenarios', () => {
  ruleScenarios('ppc-single-response-schema', [
    {
      name: 'A 404 response with an error schema next to the 200 schema.',
      edit: documentedEdit('ppc-single-response-schema', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks/{taskId}', 'get', 'responses', '404', 'schema'],
          line: 110,
          message: 'Response "404" has a schema besides the one on "200"',
        },
      ],
    },
    {
      name: 'A 200 schema and a 404 with a description only.',
      edit: documentedEdit('ppc-single-response-schema', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-single-response-schema, further cases', () => {
  it('an empty {} schema on an error response is reported once, by ppc-no-empty-schema', async () => {
    const doc = validSwagger();
    doc.paths['/tasks/{taskId}'].get.responses['404'].schema = {};
    expect(await lintRule('ppc-single-response-schema', doc)).toEqual([]);
    doc.paths['/tasks/{taskId}'].get.responses['404'].schema = { type: 'object' };
    expect(await lintRule('ppc-single-response-schema', doc)).toHaveLength(1);
  });
});
