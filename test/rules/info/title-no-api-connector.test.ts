import { lintRule, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('title rules', () => {
  it('ppc-title-no-api-connector matches whole words only', async () => {
    const doc = validSwagger();
    doc.info.title = 'Contoso Tasks Api';
    const results = await lintRule('ppc-title-no-api-connector', doc);
    expect(results).toHaveLength(1);
    expect(results[0].message).toContain('contains "Api"');
    doc.info.title = 'Rapido Connectors';
    expect(await lintRule('ppc-title-no-api-connector', doc)).toHaveLength(0);
  });
});

describe('ppc-title-no-api-connector scenarios', () => {
  ruleScenarios('ppc-title-no-api-connector', [
    {
      name: 'The word "API" in the title.',
      edit: documentedEdit('ppc-title-no-api-connector', 'invalid'),
      expect: [
        {
          path: ['info', 'title'],
          line: { containing: '"title": "Contoso Tasks API",' },
          message: 'Title "Contoso Tasks API" contains "API"',
        },
      ],
    },
    {
      name: 'The word "Connector" in the title.',
      edit: documentedEdit('ppc-title-no-api-connector', 'invalid', 1),
      expect: [
        {
          path: ['info', 'title'],
          line: { containing: '"title": "Contoso Connector",' },
          message: 'Title "Contoso Connector" contains "Connector"',
        },
      ],
    },
    {
      name: '"API" inside a longer word is fine.',
      edit: documentedEdit('ppc-title-no-api-connector', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-title-no-api-connector, further cases', () => {
  it('all title rules are silent on the valid fixture', async () => {
    {
      const id = 'ppc-title-no-api-connector';
      {
        expect(await lintRule(id, validSwagger())).toEqual([]);
      }
    }
  });
});
