import { lintRule, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
const BODY = ['paths', '/tasks', 'post', 'parameters', '0'];

describe('parameter structure rules', () => {
  it('ppc-dynamic-not-on-body-param names each extension', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].post.parameters[0]['x-ms-dynamic-schema'] = { operationId: 'X', 'value-path': 'schema' };
    doc.paths['/tasks'].post.parameters[0]['x-ms-dynamic-properties'] = { operationId: 'X' };
    const results = await lintRule('ppc-dynamic-not-on-body-param', doc);
    expect(results.map((r) => r.path)).toEqual([
      [...BODY, 'x-ms-dynamic-schema'],
      [...BODY, 'x-ms-dynamic-properties'],
    ]);
    expect(results[0].message).toContain(
      'Body parameter "body" has "x-ms-dynamic-schema" on the parameter object; move it into the parameter\'s "schema"',
    );
  });
});

describe('ppc-dynamic-not-on-body-param scenarios', () => {
  ruleScenarios('ppc-dynamic-not-on-body-param', [
    {
      name: 'x-ms-dynamic-schema on the body parameter.',
      edit: documentedEdit('ppc-dynamic-not-on-body-param', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'post', 'parameters', '0', 'x-ms-dynamic-schema'],
          line: { containing: '"x-ms-dynamic-schema": {' },
          message: 'Body parameter "body" has "x-ms-dynamic-schema" on the parameter object',
        },
      ],
    },
    {
      name: 'x-ms-dynamic-schema inside the schema.',
      edit: documentedEdit('ppc-dynamic-not-on-body-param', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
