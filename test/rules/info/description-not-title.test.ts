import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

describe('description rules', () => {
  it('ppc-description-not-title is info when the description repeats the title', async () => {
    const doc = validSwagger();
    doc.info.description = 'Contoso tasks.';
    const results = await lintRule('ppc-description-not-title', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({
      code: 'ppc-description-not-title',
      severity: SEVERITY.info,
      path: ['info', 'description'],
    });
    expect(results[0].message).toBe(
      'Description "Contoso tasks." repeats the title; describe the service and what users can do with the connector.',
    );
    expect(lineOf(results[0])).toBe(lineContaining(text(doc), '"description": "Contoso tasks."'));
    doc.info.title = '';
    doc.info.description = '';
    expect(await lintRule('ppc-description-not-title', doc)).toEqual([]);
  });
});

describe('ppc-description-not-title scenarios', () => {
  ruleScenarios('ppc-description-not-title', [
    {
      name: 'The title as the description.',
      edit: documentedEdit('ppc-description-not-title', 'invalid'),
      expect: [
        {
          path: ['info', 'description'],
          line: { containing: '"description": "Contoso Tasks.",' },
          message: 'Description "Contoso Tasks." repeats the title',
        },
      ],
    },
    {
      name: 'A description of the service.',
      edit: documentedEdit('ppc-description-not-title', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
