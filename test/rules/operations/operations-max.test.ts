import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('operation structure rules', () => {
  it('ppc-operations-max allows 256 operations and reports 257', async () => {
    const doc = validSwagger();
    for (let i = 0; i < 252; i++)
      doc.paths[`/items/${i}`] = { get: { operationId: `GetItem${i}`, responses: { '200': { description: 'OK' } } } };
    expect(await lintRule('ppc-operations-max', doc)).toEqual([]);
    doc.paths['/one-more'] = { get: { operationId: 'OneMore', responses: { '200': { description: 'OK' } } } };
    const results = await lintRule('ppc-operations-max', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.error, path: ['paths'] });
    expect(results[0].message).toMatch(/^The definition has 257 operations; keep it to 256 or fewer/);
  });
});

describe('ppc-operations-max scenarios', () => {
  ruleScenarios('ppc-operations-max', [
    {
      name: '37 paths with all seven methods: 259 operations (left empty here to keep the example short).',
      edit: documentedEdit('ppc-operations-max', 'invalid'),
      expect: [{ path: ['paths'], line: { containing: '"paths": {' }, message: 'The definition has 263 operations' }],
    },
    { name: 'Four operations.', edit: documentedEdit('ppc-operations-max', 'valid'), expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
