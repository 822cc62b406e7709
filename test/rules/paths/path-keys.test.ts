import { lintRule, validSwagger } from '../../helpers/lint';

describe('path key rules', () => {
  it('all are silent on the valid fixture', async () => {
    for (const id of [
      'ppc-path-starts-slash',
      'ppc-path-no-query-fragment',
      'ppc-path-no-wildcard',
      'ppc-path-template-segments',
      'ppc-path-template-no-defaults',
      'ppc-path-unique-ci',
      'ppc-path-no-duplicate-template',
      'ppc-path-partial-duplicate',
    ]) {
      expect(await lintRule(id, validSwagger())).toEqual([]);
    }
  });
});
