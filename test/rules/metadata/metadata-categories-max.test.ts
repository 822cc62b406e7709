import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);
const META = 'x-ms-connector-metadata';

describe('connector metadata rules', () => {
  it('ppc-metadata-categories-max allows two categories', async () => {
    const doc = validSwagger();
    doc[META][2].propertyValue = 'AI;Data;Productivity';
    const [finding] = await lintRule('ppc-metadata-categories-max', doc);
    expect(finding).toMatchObject({
      code: 'ppc-metadata-categories-max',
      severity: SEVERITY.error,
      path: [META, '2', 'propertyValue'],
    });
    expect(finding.message).toBe(
      'Categories "AI;Data;Productivity" has 3 categories; keep the two that fit best (Microsoft allows at most 2).',
    );
    expect(lineOf(finding)).toBe(lineContaining(text(doc), 'AI;Data;Productivity'));
    doc[META][2].propertyValue = 'AI;Data;';
    expect(await lintRule('ppc-metadata-categories-max', doc)).toEqual([]);
  });
});

describe('ppc-metadata-categories-max scenarios', () => {
  ruleScenarios('ppc-metadata-categories-max', [
    {
      name: 'Three categories.',
      edit: documentedEdit('ppc-metadata-categories-max', 'invalid'),
      expect: [
        {
          path: ['x-ms-connector-metadata', '2', 'propertyValue'],
          line: { containing: '"propertyValue": "AI;Data;Productivity"' },
          message: 'Categories "AI;Data;Productivity" has 3 categories',
        },
      ],
    },
    {
      name: 'Two categories.',
      edit: documentedEdit('ppc-metadata-categories-max', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
