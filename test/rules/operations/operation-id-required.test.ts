import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

describe('operationId rules', () => {
  it('ppc-operation-id-required reports a missing or blank operationId, hidden operations included', async () => {
    const doc = validSwagger();
    delete doc.paths['/tasks'].get.operationId;
    doc.paths['/tasks'].get['x-ms-visibility'] = 'internal';
    doc.paths['/tasks'].post.operationId = '  ';
    const results = await lintRule('ppc-operation-id-required', doc);
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({
      code: 'ppc-operation-id-required',
      severity: SEVERITY.error,
      path: ['paths', '/tasks', 'get'],
    });
    expect(results[0].message).toBe(
      'Operation GET /tasks has no operationId; add a unique PascalCase operationId such as "GetTask" (Microsoft rejects operations without one).',
    );
    expect(results[1]).toMatchObject({ path: ['paths', '/tasks', 'post', 'operationId'] });
    expect(results[1].message).toContain('POST /tasks has an empty operationId');
    expect(lineOf(results[1])).toBe(lineContaining(text(doc), '"operationId": "  "'));
  });

  it('ppc-operation-id-required reports a non-string operationId', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.operationId = 42;
    const [finding] = await lintRule('ppc-operation-id-required', doc);
    expect(finding.message).toContain('has a non-string operationId (number)');
  });
});

describe('ppc-operation-id-required scenarios', () => {
  ruleScenarios('ppc-operation-id-required', [
    {
      name: 'An operation without an operationId.',
      edit: documentedEdit('ppc-operation-id-required', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get'],
          line: { containing: '"get": {' },
          message: 'Operation GET /tasks has no operationId',
        },
      ],
    },
    {
      name: 'Every operation has an operationId.',
      edit: documentedEdit('ppc-operation-id-required', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
