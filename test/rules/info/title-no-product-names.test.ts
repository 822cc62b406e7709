import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('title rules', () => {
  it('ppc-title-no-product-names names the product', async () => {
    const doc = validSwagger();
    doc.info.title = 'Contoso for PowerAutomate';
    const results = await lintRule('ppc-title-no-product-names', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({
      code: 'ppc-title-no-product-names',
      severity: SEVERITY.error,
      path: ['info', 'title'],
    });
    expect(results[0].message).toBe(
      'Title "Contoso for PowerAutomate" contains "PowerAutomate"; remove the product name (Microsoft rejects titles that name Power Platform products).',
    );
    expect(lineOf(results[0])).toBe(lineContaining(JSON.stringify(doc, null, 4), '"title"'));
    for (const title of ['Logic App Tools', 'Copilot Studio Kit', 'Microsoft Flow Helper', 'Power Platform Tasks']) {
      doc.info.title = title;
      expect({ title, fired: (await lintRule('ppc-title-no-product-names', doc)).length }).toEqual({ title, fired: 1 });
    }
    doc.info.title = 'PowerAppsKit Tasks';
    expect(await lintRule('ppc-title-no-product-names', doc)).toEqual([]);
  });
});

describe('ppc-title-no-product-names scenarios', () => {
  ruleScenarios('ppc-title-no-product-names', [
    {
      name: 'A title naming Power Automate.',
      edit: documentedEdit('ppc-title-no-product-names', 'invalid'),
      expect: [
        {
          path: ['info', 'title'],
          line: { containing: '"title": "Contoso for Power Automate",' },
          message: 'Title "Contoso for Power Automate" contains "Power Automate"',
        },
      ],
    },
    {
      name: 'A title naming Copilot Studio.',
      edit: documentedEdit('ppc-title-no-product-names', 'invalid', 1),
      expect: [
        {
          path: ['info', 'title'],
          line: { containing: '"title": "Contoso Copilot Studio",' },
          message: 'Title "Contoso Copilot Studio" contains "Copilot Studio"',
        },
      ],
    },
    { name: 'The product name alone.', edit: documentedEdit('ppc-title-no-product-names', 'valid'), expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-title-no-product-names, further cases', () => {
  it('all title rules are silent on the valid fixture', async () => {
    {
      const id = 'ppc-title-no-product-names';
      {
        expect(await lintRule(id, validSwagger())).toEqual([]);
      }
    }
  });
});
