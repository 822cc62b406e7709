import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);
const META = 'x-ms-connector-metadata';

describe('connector metadata rules', () => {
  it('ppc-metadata-entries reports each missing entry, ignoring case', async () => {
    const doc = validSwagger();
    doc[META] = [{ propertyName: 'privacy POLICY', propertyValue: 'https://www.contoso.com/privacy' }];
    const results = await lintRule('ppc-metadata-entries', doc);
    expect(results.map((r) => r.message)).toEqual([
      'x-ms-connector-metadata has no "Website" entry; add { "propertyName": ..., "propertyValue": ... } for it (Microsoft requires Website, Privacy policy and Categories).',
      expect.stringContaining('has no "Categories" entry'),
    ]);
    expect(results[0]).toMatchObject({ code: 'ppc-metadata-entries', severity: SEVERITY.error, path: [META] });
    expect(lineOf(results[0])).toBe(lineContaining(text(doc), `"${META}"`));
    doc[META] = 'nope';
    expect(await lintRule('ppc-metadata-entries', doc)).toEqual([]);
  });
});

describe('ppc-metadata-entries scenarios', () => {
  ruleScenarios('ppc-metadata-entries', [
    {
      name: 'No Website entry.',
      edit: documentedEdit('ppc-metadata-entries', 'invalid'),
      expect: [
        {
          path: ['x-ms-connector-metadata'],
          line: { containing: '"x-ms-connector-metadata": [' },
          message: 'x-ms-connector-metadata has no "Website" entry',
        },
      ],
    },
    {
      name: 'A "Privacy Policy" entry counts (its case is a separate warning).',
      edit: documentedEdit('ppc-metadata-entries', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
