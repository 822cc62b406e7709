import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

describe('summary rules', () => {
  it('ppc-summary-required reports missing and empty summaries of visible operations only', async () => {
    const doc = validSwagger();
    delete doc.paths['/tasks'].get.summary;
    doc.paths['/tasks'].post.summary = '';
    delete doc.paths['/tasks/{taskId}'].get.summary;
    doc.paths['/tasks/{taskId}'].get['x-ms-visibility'] = 'Internal';
    const results = await lintRule('ppc-summary-required', doc);
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({
      code: 'ppc-summary-required',
      severity: SEVERITY.error,
      path: ['paths', '/tasks', 'get'],
    });
    expect(results[0].message).toBe(
      'Operation "ListTasks" has no summary; add a short summary such as "Get a task" (Microsoft rejects visible operations without one).',
    );
    expect(results[1]).toMatchObject({ path: ['paths', '/tasks', 'post', 'summary'] });
    expect(results[1].message).toContain('"CreateTask" has an empty summary');
    expect(lineOf(results[1])).toBe(lineContaining(text(doc), '"summary": ""'));
  });
});

describe('ppc-summary-required scenarios', () => {
  ruleScenarios('ppc-summary-required', [
    {
      name: 'An operation without a summary.',
      edit: documentedEdit('ppc-summary-required', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get'],
          line: { containing: '"get": {' },
          message: 'Operation "ListTasks" has no summary',
        },
      ],
    },
    {
      name: 'A hidden operation needs no summary.',
      edit: documentedEdit('ppc-summary-required', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
