import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

describe('operation structure rules', () => {
  it('ppc-visibility-declared hints at operations without x-ms-visibility', async () => {
    const doc = validSwagger();
    delete doc.paths['/tasks'].post['x-ms-visibility'];
    const results = await lintRule('ppc-visibility-declared', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({
      code: 'ppc-visibility-declared',
      severity: SEVERITY.hint,
      path: ['paths', '/tasks', 'post'],
    });
    expect(results[0].message).toMatch(/^Operation "CreateTask" has no x-ms-visibility; consider "important"/);
    expect(lineOf(results[0])).toBe(lineContaining(text(doc), '"post"'));
  });
});

describe('ppc-visibility-declared scenarios', () => {
  ruleScenarios('ppc-visibility-declared', [
    {
      name: 'An operation without x-ms-visibility.',
      edit: documentedEdit('ppc-visibility-declared', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get'],
          line: { containing: '"get": {' },
          message: 'Operation "ListTasks" has no x-ms-visibility',
        },
      ],
    },
    {
      name: 'An operation marked advanced.',
      edit: documentedEdit('ppc-visibility-declared', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
