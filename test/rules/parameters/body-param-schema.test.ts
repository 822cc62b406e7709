import { lintRule, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
const BODY = ['paths', '/tasks', 'post', 'parameters', '0'];

describe('parameter structure rules', () => {
  it('ppc-body-param-schema wants a schema and no parameter-level type keys', async () => {
    const doc = validSwagger();
    delete doc.paths['/tasks'].post.parameters[0].schema;
    doc.paths['/tasks'].post.parameters[0].type = 'object';
    const results = await lintRule('ppc-body-param-schema', doc);
    expect(results.map((r) => r.message)).toEqual([
      expect.stringContaining('Body parameter "body" has no "schema"'),
      expect.stringContaining('Body parameter "body" has "type" at the parameter level'),
    ]);
    expect(results[1].path).toEqual([...BODY, 'type']);
  });
});

describe('ppc-body-param-schema scenarios', () => {
  ruleScenarios('ppc-body-param-schema', [
    {
      name: 'A body parameter without a schema.',
      edit: documentedEdit('ppc-body-param-schema', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'post', 'parameters', '0'],
          line: 66,
          message: 'Body parameter "body" has no "schema"',
        },
      ],
    },
    {
      name: 'A type next to the schema.',
      edit: documentedEdit('ppc-body-param-schema', 'invalid', 1),
      expect: [
        {
          path: ['paths', '/tasks', 'post', 'parameters', '0', 'type'],
          line: { containing: '"type": "object"' },
          message: 'Body parameter "body" has "type" at the parameter level',
        },
      ],
    },
    { name: 'A schema only.', edit: documentedEdit('ppc-body-param-schema', 'valid'), expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
