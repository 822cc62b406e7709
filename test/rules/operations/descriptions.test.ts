import { lintRule, validSwagger } from '../../helpers/lint';
import { descriptionFindings } from '../../helpers/operations';

const DESCRIPTION_RULES = [
  'ppc-description-op-required',
  'ppc-description-op-sentence',
  'ppc-description-op-differs',
  'ppc-description-op-no-product-names',
  'ppc-description-no-urls',
];

describe('operation description rules', () => {
  it('all description rules are silent on the valid fixture and survive odd descriptions', async () => {
    for (const id of DESCRIPTION_RULES) {
      expect(await lintRule(id, validSwagger())).toEqual([]);
      for (const odd of [null, 42, ['x'], { a: 1 }, 'x '.repeat(50_000)])
        await expect(descriptionFindings(id, odd)).resolves.toBeDefined();
    }
    const odd = validSwagger();
    odd.paths['/tasks'].get.parameters = { not: 'an array' };
    odd.definitions.Task.properties = [1, 2];
    odd.parameters = null;
    await expect(lintRule('ppc-description-no-urls', odd)).resolves.toEqual([]);
  });

  it('skip deprecated operations: no new text is asked of them', async () => {
    for (const [id, description] of [
      ['ppc-description-op-required', undefined],
      ['ppc-description-op-sentence', 'Lists the tasks'],
      ['ppc-description-op-differs', 'List tasks.'],
    ] as const) {
      const doc = validSwagger();
      doc.paths['/tasks'].get.description = description;
      expect({ id, found: (await lintRule(id, doc)).length }).toEqual({ id, found: 1 });
      doc.paths['/tasks'].get.deprecated = true;
      expect({ id, found: (await lintRule(id, doc)).length }).toEqual({ id, found: 0 });
    }
  });
});
