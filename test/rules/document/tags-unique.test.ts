import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

describe('document shape rules', () => {
  describe('ppc-tags-unique', () => {
    it('flags the second definition of a tag name', async () => {
      const doc = validSwagger();
      doc.tags = [
        { name: 'Tasks' },
        { name: 'Projects' },
        { name: 'Tasks', description: 'Again.' },
        null,
        'Tasks',
        { name: 3 },
      ];
      const results = await lintRule('ppc-tags-unique', doc);
      expect(results).toHaveLength(1);
      expect(results[0]).toMatchObject({
        code: 'ppc-tags-unique',
        severity: SEVERITY.error,
        path: ['tags', '2', 'name'],
      });
      expect(results[0].message).toBe(
        'Tag "Tasks" is defined twice (first at tags[0]); merge the duplicate tag definitions (Microsoft rejects redefined tags).',
      );
      expect(lineOf(results[0])).toBe(
        lineContaining(text(doc), '"name": "Tasks"', lineContaining(text(doc), '"Projects"')),
      );
    });

    it('ignores tags that is not an array', async () => {
      const doc = validSwagger();
      doc.tags = { name: 'Tasks' };
      expect(await lintRule('ppc-tags-unique', doc)).toEqual([]);
    });
  });
});

describe('ppc-tags-unique scenarios', () => {
  ruleScenarios('ppc-tags-unique', [
    {
      name: 'The tag "Tasks" twice.',
      edit: documentedEdit('ppc-tags-unique', 'invalid'),
      expect: [
        {
          path: ['tags', '1', 'name'],
          line: { containing: '"name": "Tasks",' },
          message: 'Tag "Tasks" is defined twice (first at tags[0])',
        },
      ],
    },
    {
      name: 'Two different tags.',
      edit: documentedEdit('ppc-tags-unique', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-tags-unique, further cases', () => {
  it('all document rules are silent on the valid fixture', async () => {
    {
      const id = 'ppc-tags-unique';
      {
        expect({ id, results: await lintRule(id, validSwagger()) }).toEqual({ id, results: [] });
      }
    }
  });
});
