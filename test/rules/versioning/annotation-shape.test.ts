import { lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { lineAfter, messages } from '../../helpers/triggers';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('versioning rules', () => {
  it('ppc-annotation-shape checks keys, types and status values', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get['x-ms-api-annotation'] = {
      family: 'ListTasks',
      revision: 0,
      status: 'production',
      version: 2,
    };
    const results = await lintRule('ppc-annotation-shape', doc);
    expect(results).toHaveLength(3);
    const revision = results.find((r) => r.path.includes('revision'));
    expect(revision).toMatchObject({
      severity: SEVERITY.error,
      path: ['paths', '/tasks', 'get', 'x-ms-api-annotation', 'revision'],
    });
    expect(revision!.message).toContain('has "revision": 0 (an integer of 1 or more is required)');
    expect(lineOf(revision!)).toBe(lineAfter(doc, '"x-ms-api-annotation"', '"revision"'));
    const text = results.map((r) => r.message).join('\n');
    expect(text).toContain('has "status": "production" (use "Production"; values are case-sensitive)');
    expect(text).toContain('has the unknown key "version"');
    doc.paths['/tasks'].get['x-ms-api-annotation'] = { expires: '2025-12-31', family: 'ListTasks' };
    expect(await lintRule('ppc-annotation-shape', doc)).toEqual([]);
    doc.paths['/tasks'].get['x-ms-api-annotation'] = 'Preview';
    expect(await messages('ppc-annotation-shape', doc)).toEqual([expect.stringContaining('is Preview, not an object')]);
  });
});

describe('ppc-annotation-shape scenarios', () => {
  ruleScenarios('ppc-annotation-shape', [
    {
      name: 'A revision of 0.',
      edit: documentedEdit('ppc-annotation-shape', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'x-ms-api-annotation', 'revision'],
          line: { containing: '"revision": 0' },
          message: 'x-ms-api-annotation has "revision": 0 (an integer of 1 or more is required)',
        },
      ],
    },
    {
      name: 'A lower-case status.',
      edit: documentedEdit('ppc-annotation-shape', 'invalid', 1),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'x-ms-api-annotation', 'status'],
          line: { containing: '"status": "production"' },
          message: 'x-ms-api-annotation has "status": "production" (use "Production"',
        },
      ],
    },
    {
      name: 'An unknown key.',
      edit: documentedEdit('ppc-annotation-shape', 'invalid', 2),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'x-ms-api-annotation', 'version'],
          line: { containing: '"version": 2' },
          message: 'x-ms-api-annotation has the unknown key "version"',
        },
      ],
    },
    {
      name: 'A family with two revisions.',
      edit: documentedEdit('ppc-annotation-shape', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
