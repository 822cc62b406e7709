import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);
const META = 'x-ms-connector-metadata';

describe('connector metadata rules', () => {
  it('ppc-metadata-entries-case warns on "Privacy Policy"', async () => {
    const doc = validSwagger();
    doc[META][1].propertyName = 'Privacy Policy';
    doc[META][0].propertyName = 'WebSite';
    const results = await lintRule('ppc-metadata-entries-case', doc);
    expect(results).toHaveLength(2);
    const privacy = results.find((r) => r.message.includes('Privacy'))!;
    expect(privacy).toMatchObject({
      code: 'ppc-metadata-entries-case',
      severity: SEVERITY.warn,
      path: [META, '1', 'propertyName'],
    });
    expect(privacy.message).toBe(
      'Metadata name "Privacy Policy" should be spelt "Privacy policy"; keep the documented spelling (the certification docs say not to change the propertyName).',
    );
    expect(lineOf(privacy)).toBe(lineContaining(text(doc), '"Privacy Policy"'));
  });
});

describe('ppc-metadata-entries-case scenarios', () => {
  ruleScenarios('ppc-metadata-entries-case', [
    {
      name: '"Privacy Policy" with a capital P.',
      edit: documentedEdit('ppc-metadata-entries-case', 'invalid'),
      expect: [
        {
          path: ['x-ms-connector-metadata', '1', 'propertyName'],
          line: { containing: '"propertyName": "Privacy Policy",' },
          message: 'Metadata name "Privacy Policy" should be spelt "Privacy policy"',
        },
      ],
    },
    { name: 'The documented spelling.', edit: documentedEdit('ppc-metadata-entries-case', 'valid'), expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
