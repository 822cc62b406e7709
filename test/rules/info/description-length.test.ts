import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

describe('description rules', () => {
  it('ppc-description-length fires below 30 and above 500 characters', async () => {
    const doc = validSwagger();
    doc.info.description = 'Manage tasks.';
    const results = await lintRule('ppc-description-length', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({
      code: 'ppc-description-length',
      severity: SEVERITY.error,
      path: ['info', 'description'],
    });
    expect(results[0].message).toBe(
      'Description "Manage tasks." has 13 characters; write 30 to 500 characters (Microsoft rejects descriptions outside that range).',
    );
    expect(lineOf(results[0])).toBe(lineContaining(text(doc), '"description": "Manage tasks."'));
    for (const [length, fires] of [
      [29, true],
      [30, false],
      [500, false],
      [501, true],
    ] as const) {
      doc.info.description = 'x'.repeat(length);
      expect({ length, fired: (await lintRule('ppc-description-length', doc)).length > 0 }).toEqual({
        length,
        fired: fires,
      });
    }
    doc.info.description = 'é'.repeat(501);
    const [long] = await lintRule('ppc-description-length', doc);
    expect(long.message).toContain('has 501 characters');
    expect(long.message).toContain('…');
  });
});

describe('ppc-description-length scenarios', () => {
  ruleScenarios('ppc-description-length', [
    {
      name: 'A one-word description.',
      edit: documentedEdit('ppc-description-length', 'invalid'),
      expect: [
        {
          path: ['info', 'description'],
          line: { containing: '"description": "Tasks.",' },
          message: 'Description "Tasks." has 6 characters',
        },
      ],
    },
    {
      name: 'A description of more than 500 characters.',
      edit: documentedEdit('ppc-description-length', 'invalid', 1),
      expect: [
        {
          path: ['info', 'description'],
          line: {
            containing:
              '"description": "Contoso Tasks keeps track of team work items. Contoso Tasks keeps track of team work items. Contoso Tasks keeps track of team work items. Contoso Tasks keeps track of team work items. Contoso Tasks keeps track of team work items. Contoso Tasks keeps track of team work items. Contoso Tasks keeps track of team work items. Contoso Tasks keeps track of team work items. Contoso Tasks keeps track of team work items. Contoso Tasks keeps track of team work items. Contoso Tasks keeps track of team work items. Done.",',
          },
          message: 'Description "Contoso Tasks keeps track of team work items. Contoso Tasks…" has 511 characters',
        },
      ],
    },
    {
      name: 'A 45-character description.',
      edit: documentedEdit('ppc-description-length', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-description-length, further cases', () => {
  it('ppc-description-required fires on a missing or blank description', async () => {
    const doc = validSwagger();
    delete doc.info.description;
    doc.info.description = '\n';
    expect(await lintRule('ppc-description-length', doc)).toEqual([]);
  });
});
