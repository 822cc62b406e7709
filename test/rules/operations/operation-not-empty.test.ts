import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

describe('operation structure rules', () => {
  it('ppc-operation-not-empty reports empty path items and empty operations', async () => {
    const doc = validSwagger();
    doc.paths['/empty'] = {};
    doc.paths['/params-only'] = { parameters: [] };
    doc.paths['/tasks/{taskId}'].patch = {};
    doc.paths['/ref'] = { $ref: '#/paths/~1tasks' };
    doc.paths['/hook-content'] = { 'x-ms-notification-content': { schema: { type: 'object' } } };
    const results = await lintRule('ppc-operation-not-empty', doc);
    expect(results.map((r) => r.message.split(';')[0])).toEqual([
      'Operation PATCH /tasks/{taskId} is empty',
      'Path "/empty" has no operations',
      'Path "/params-only" has no operations',
    ]);
    expect(results[1]).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/empty'] });
    expect(lineOf(results[1])).toBe(lineContaining(text(doc), '"/empty"'));
  });
});

describe('ppc-operation-not-empty scenarios', () => {
  ruleScenarios('ppc-operation-not-empty', [
    {
      name: 'An empty path item.',
      edit: documentedEdit('ppc-operation-not-empty', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks/{taskId}/comments'],
          line: { containing: '"/tasks/{taskId}/comments": {}' },
          message: 'Path "/tasks/{taskId}/comments" has no operations',
        },
      ],
    },
    {
      name: 'Every path has operations.',
      edit: documentedEdit('ppc-operation-not-empty', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
