import { lintRule, validSwagger } from '../../helpers/lint';

describe('document shape rules', () => {
  it('all document rules are silent on the valid fixture', async () => {
    for (const id of [
      'ppc-swagger-version',
      'ppc-root-no-unknown-keys',
      'ppc-root-no-unknown-extensions',
      'ppc-root-template-keys',
      'ppc-tags-unique',
      'ppc-arrays-unique',
      'ppc-path-item-no-ref',
    ]) {
      expect({ id, results: await lintRule(id, validSwagger()) }).toEqual({ id, results: [] });
    }
  });
});
