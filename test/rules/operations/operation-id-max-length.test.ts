import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('operationId rules', () => {
  it('ppc-operation-id-max-length allows 80 characters and reports 81', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.operationId = 'A'.repeat(80);
    expect(await lintRule('ppc-operation-id-max-length', doc)).toEqual([]);
    doc.paths['/tasks'].get.operationId = 'A'.repeat(81);
    const results = await lintRule('ppc-operation-id-max-length', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.warn, path: ['paths', '/tasks', 'get', 'operationId'] });
    expect(results[0].message).toContain('has 81 characters; shorten it to 80 characters or fewer');
  });
});

describe('ppc-operation-id-max-length scenarios', () => {
  ruleScenarios('ppc-operation-id-max-length', [
    {
      name: 'An 88-character operationId.',
      edit: documentedEdit('ppc-operation-id-max-length', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'operationId'],
          line: {
            containing:
              '"operationId": "ListTasksForTheSignedInUserForTheSignedInUserForTheSignedInUserForTheSignedInUserAndTeam",',
          },
          message: 'operationId "ListTasksForTheSignedInUserForTheSignedInUserForTheSignedIn…" has 88 characters',
        },
      ],
    },
    { name: 'A short operationId.', edit: documentedEdit('ppc-operation-id-max-length', 'valid'), expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
