import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('parameter string rules', () => {
  it('ppc-param-body-x-ms-summary reports each missing field of a visible body parameter', async () => {
    const doc = validSwagger();
    delete doc.paths['/tasks'].post.parameters[0]['x-ms-summary'];
    delete doc.paths['/tasks'].post.parameters[0].description;
    const results = await lintRule('ppc-param-body-x-ms-summary', doc);
    expect(results.map((r) => r.message)).toEqual([
      expect.stringContaining('Body parameter "body" has no "x-ms-summary"'),
      expect.stringContaining('Body parameter "body" has no "description"'),
    ]);
    expect(results[0].severity).toBe(SEVERITY.info);
    doc.paths['/tasks'].post['x-ms-visibility'] = 'internal';
    expect(await lintRule('ppc-param-body-x-ms-summary', doc)).toEqual([]);
  });
});

describe('ppc-param-body-x-ms-summary scenarios', () => {
  ruleScenarios('ppc-param-body-x-ms-summary', [
    {
      name: 'A body parameter without x-ms-summary.',
      edit: documentedEdit('ppc-param-body-x-ms-summary', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'post', 'parameters', '0'],
          line: 66,
          message: 'Body parameter "body" has no "x-ms-summary"',
        },
      ],
    },
    { name: 'A body parameter with both.', edit: documentedEdit('ppc-param-body-x-ms-summary', 'valid'), expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
