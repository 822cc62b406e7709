import { lintRule, validSwagger } from '../../helpers/lint';
import { withQueryParam } from '../../helpers/parameters';

const STRING_RULES = [
  'ppc-param-x-ms-summary',
  'ppc-param-description',
  'ppc-param-body-x-ms-summary',
  'ppc-param-summary-length',
  'ppc-param-summary-title-case',
  'ppc-param-summary-chars',
  'ppc-param-description-sentence',
  'ppc-param-description-meaningful',
  'ppc-param-summary-not-description',
  'ppc-param-no-product-names',
];

describe('parameter string rules', () => {
  it('are silent on the valid fixture', async () => {
    for (const id of STRING_RULES) expect(await lintRule(id, validSwagger())).toEqual([]);
  });

  it('ignore what a wrong $ref leads to (ppc-param-ref-valid reports the reference)', async () => {
    const doc = validSwagger();
    doc.paths['/tasks/{taskId}'].get.parameters[0].$ref = '#/definitions/Task';
    for (const id of STRING_RULES) expect(await lintRule(id, doc)).toEqual([]);
  });

  it('do not crash on odd parameter lists', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.parameters = [
      null,
      'x',
      3,
      [],
      { $ref: '#/parameters/Missing' },
      { name: 7, in: 5, 'x-ms-summary': ['a'], description: {} },
    ];
    doc.paths['/tasks'].parameters = { not: 'a list' };
    doc.parameters.Odd = null;
    for (const id of STRING_RULES) await expect(lintRule(id, doc)).resolves.toBeInstanceOf(Array);
  });

  it('skip the parameters of deprecated operations', async () => {
    for (const [id, extra] of [
      ['ppc-param-x-ms-summary', { 'x-ms-summary': undefined }],
      ['ppc-param-summary-title-case', { 'x-ms-summary': 'max tasks' }],
      ['ppc-param-description-sentence', { description: 'How many tasks' }],
    ] as const) {
      const doc = withQueryParam(extra);
      expect({ id, found: (await lintRule(id, doc)).length }).toEqual({ id, found: 1 });
      doc.paths['/tasks'].get.deprecated = true;
      expect({ id, found: (await lintRule(id, doc)).length }).toEqual({ id, found: 0 });
    }
  });
});
