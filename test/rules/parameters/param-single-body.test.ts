import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('parameter structure rules', () => {
  it('ppc-param-single-body counts inherited path-level body parameters', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].post.parameters.push({ name: 'extra', in: 'body', schema: { type: 'object' } });
    const [own] = await lintRule('ppc-param-single-body', doc);
    expect(own).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/tasks', 'post', 'parameters', '1'] });
    expect(own.message).toBe(
      'The operation has 2 body parameters ("body", "extra"); keep one body parameter and put all fields in its schema (Microsoft rejects several body parameters).',
    );

    const inherited = validSwagger();
    inherited.paths['/tasks'].parameters = [{ name: 'shared', in: 'body', schema: { type: 'object' } }];
    const [fromPath] = await lintRule('ppc-param-single-body', inherited);
    expect(fromPath.path).toEqual(['paths', '/tasks', 'post', 'parameters', '0']);
    expect(fromPath.message).toContain('2 body parameters ("body", "shared")');

    // An operation-level body parameter with the same name and location overrides the path-level one.
    inherited.paths['/tasks'].parameters[0].name = 'body';
    expect(await lintRule('ppc-param-single-body', inherited)).toEqual([]);

    const pathLevel = validSwagger();
    pathLevel.paths['/tasks'].parameters = [
      { name: 'a', in: 'body', schema: {} },
      { name: 'b', in: 'body', schema: {} },
    ];
    const results = await lintRule('ppc-param-single-body', pathLevel);
    expect(results.map((r) => r.path)).toContainEqual(['paths', '/tasks', 'parameters', '1']);
    expect(results.find((r) => r.path.length === 4)!.message).toContain(
      'The path-level parameters have 2 body parameters ("a", "b")',
    );
  });
});

describe('ppc-param-single-body scenarios', () => {
  ruleScenarios('ppc-param-single-body', [
    {
      name: 'A second body parameter.',
      edit: documentedEdit('ppc-param-single-body', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'post', 'parameters', '1'],
          line: 76,
          message: 'The operation has 2 body parameters ("body", "options")',
        },
      ],
    },
    { name: 'One body parameter.', edit: documentedEdit('ppc-param-single-body', 'valid'), expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
