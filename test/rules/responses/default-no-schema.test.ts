import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const GET = ['paths', '/tasks/{taskId}', 'get'];

describe('response rules', () => {
  it('ppc-default-no-schema reports a default response with a schema', async () => {
    const doc = validSwagger();
    doc.paths['/tasks/{taskId}'].get.responses.default = { description: 'Error.', schema: { type: 'object' } };
    const [finding, ...rest] = await lintRule('ppc-default-no-schema', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ severity: SEVERITY.error, path: [...GET, 'responses', 'default', 'schema'] });
    expect(finding.message).toContain('The "default" response has a schema');
    doc.paths['/tasks/{taskId}'].get.responses.default = { $ref: '#/responses/Error' };
    doc.responses = { Error: { description: 'Error.', schema: { type: 'object' } } };
    expect((await lintRule('ppc-default-no-schema', doc))[0].message).toContain(
      'refers to "#/responses/Error", which has a schema',
    );
    doc.responses.Error = { description: 'Error.' };
    expect(await lintRule('ppc-default-no-schema', doc)).toEqual([]);
  });
});

describe('ppc-default-no-schema scenarios', () => {
  ruleScenarios('ppc-default-no-schema', [
    {
      name: 'A `default` response with an error schema.',
      edit: documentedEdit('ppc-default-no-schema', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'responses', 'default', 'schema'],
          line: 60,
          message: 'The "default" response has a schema',
        },
      ],
    },
    {
      name: 'A `default` response with a description only.',
      edit: documentedEdit('ppc-default-no-schema', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-default-no-schema, further cases', () => {
  it('a lone default response with a schema is reported once, by ppc-default-no-schema', async () => {
    const doc = validSwagger();
    doc.paths['/tasks/{taskId}'].delete.responses = { default: { description: 'Done.', schema: { type: 'object' } } };
    const [owner] = await lintRule('ppc-default-no-schema', doc);
    expect(owner).toMatchObject({ path: ['paths', '/tasks/{taskId}', 'delete', 'responses', 'default', 'schema'] });
    expect(owner.message).toContain('replace `default` with the status codes');
    delete doc.paths['/tasks/{taskId}'].delete.responses.default.schema;
    expect(await lintRule('ppc-default-no-schema', doc)).toEqual([]);
  });
});

describe('ppc-default-no-schema, further cases', () => {
  it('leaves an empty `default` schema to ppc-default-no-schema', async () => {
    const doc = validSwagger();
    doc.paths['/tasks/{taskId}'].get.responses.default = { description: 'Error.', schema: {} };
    expect(await lintRule('ppc-default-no-schema', doc)).toHaveLength(1);
  });
});
