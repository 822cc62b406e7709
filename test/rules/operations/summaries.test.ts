import { lintRule, validSwagger } from '../../helpers/lint';
import { summaryFindings } from '../../helpers/operations';

const SUMMARY_RULES = [
  'ppc-summary-required',
  'ppc-summary-max-length',
  'ppc-summary-restricted-chars',
  'ppc-summary-alnum-parens',
  'ppc-summary-no-trailing-punct',
  'ppc-summary-no-product-names',
  'ppc-summary-no-api-connector',
  'ppc-summary-english',
  'ppc-summary-naming-pattern',
];

describe('summary rules', () => {
  it('all summary rules are silent on the valid fixture and survive odd summaries', async () => {
    for (const id of SUMMARY_RULES) {
      expect(await lintRule(id, validSwagger())).toEqual([]);
      for (const odd of [null, 42, ['List'], { text: 'x' }, 'x'.repeat(100_000)]) {
        await expect(summaryFindings(id, odd)).resolves.toBeDefined();
      }
    }
  });

  it('skip deprecated operations: no new text is asked of them', async () => {
    for (const [id, summary] of [
      ['ppc-summary-required', undefined],
      ['ppc-summary-max-length', 'List '.repeat(20)],
      ['ppc-summary-no-trailing-punct', 'List tasks.'],
    ] as const) {
      const doc = validSwagger();
      doc.paths['/tasks'].get.summary = summary;
      expect({ id, found: (await lintRule(id, doc)).length }).toEqual({ id, found: 1 });
      doc.paths['/tasks'].get.deprecated = true;
      expect({ id, found: (await lintRule(id, doc)).length }).toEqual({ id, found: 0 });
    }
  });
});
