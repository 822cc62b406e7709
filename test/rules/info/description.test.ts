import { lintRule, validSwagger } from '../../helpers/lint';
const DESCRIPTION_RULES = [
  'ppc-description-required',
  'ppc-description-length',
  'ppc-description-no-product-names',
  'ppc-description-no-api-word',
  'ppc-description-english',
  'ppc-description-not-title',
];

describe('description rules', () => {
  it('are silent on the valid fixture', async () => {
    for (const id of DESCRIPTION_RULES)
      expect({ id, results: await lintRule(id, validSwagger()) }).toEqual({ id, results: [] });
  });

  it('do not crash on a non-string description or a missing info', async () => {
    const doc = validSwagger();
    doc.info.description = { text: 'x' };
    for (const id of DESCRIPTION_RULES.slice(1)) expect(await lintRule(id, doc)).toEqual([]);
    delete doc.info;
    for (const id of DESCRIPTION_RULES) expect(await lintRule(id, doc)).toEqual([]);
  });
});
