import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

describe('operation description rules', () => {
  it('ppc-description-op-required reports missing and blank descriptions of visible operations', async () => {
    const doc = validSwagger();
    delete doc.paths['/tasks'].get.description;
    doc.paths['/tasks'].post.description = ' ';
    delete doc.paths['/tasks/{taskId}'].delete.description;
    doc.paths['/tasks/{taskId}'].delete['x-ms-visibility'] = 'internal';
    const results = await lintRule('ppc-description-op-required', doc);
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({
      code: 'ppc-description-op-required',
      severity: SEVERITY.error,
      path: ['paths', '/tasks', 'get'],
    });
    expect(results[0].message).toBe(
      'Operation "ListTasks" has no description; add a sentence that says what the operation does (Microsoft rejects visible operations without a description).',
    );
    expect(results[1].message).toContain('"CreateTask" has an empty description');
    expect(lineOf(results[1])).toBe(lineContaining(text(doc), '"description": " "'));
  });
});

describe('ppc-description-op-required scenarios', () => {
  ruleScenarios('ppc-description-op-required', [
    {
      name: 'An operation without a description.',
      edit: documentedEdit('ppc-description-op-required', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get'],
          line: { containing: '"get": {' },
          message: 'Operation "ListTasks" has no description',
        },
      ],
    },
    {
      name: 'A hidden operation needs no description.',
      edit: documentedEdit('ppc-description-op-required', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
