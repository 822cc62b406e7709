import { lintRule, validSwagger } from '../../helpers/lint';

describe('title rules', () => {
  it('all title rules are silent on the valid fixture', async () => {
    for (const id of [
      'ppc-title-required',
      'ppc-title-max-length',
      'ppc-title-no-api-connector',
      'ppc-title-no-product-names',
      'ppc-title-ends-alphanumeric',
      'ppc-title-ends-parenthesis',
      'ppc-title-english',
    ]) {
      expect(await lintRule(id, validSwagger())).toEqual([]);
    }
  });
});
