import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('description rules', () => {
  it('ppc-description-no-api-word warns on "API" and "APIs" as words', async () => {
    const doc = validSwagger();
    doc.info.description = 'Contoso Tasks exposes REST APIs to manage team work items.';
    const results = await lintRule('ppc-description-no-api-word', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({
      code: 'ppc-description-no-api-word',
      severity: SEVERITY.warn,
      path: ['info', 'description'],
    });
    expect(results[0].message).toContain('contains "APIs"');
    doc.info.description = 'Contoso Tasks keeps track of rapid work items and capital projects.';
    expect(await lintRule('ppc-description-no-api-word', doc)).toEqual([]);
  });
});

describe('ppc-description-no-api-word scenarios', () => {
  ruleScenarios('ppc-description-no-api-word', [
    {
      name: 'The word "API".',
      edit: documentedEdit('ppc-description-no-api-word', 'invalid'),
      expect: [
        {
          path: ['info', 'description'],
          line: { containing: '"description": "The Contoso Tasks API lets you manage team work items.",' },
          message: 'Description "The Contoso Tasks API lets you manage team work items." contains "API"',
        },
      ],
    },
    {
      name: 'What the service does.',
      edit: documentedEdit('ppc-description-no-api-word', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
