import { lintRule, validSwagger } from '../../helpers/lint';

describe('schema limit rules', () => {
  it('are silent on the valid fixture', async () => {
    for (const id of ['ppc-schema-depth', 'ppc-body-schema-count', 'ppc-total-schema-count']) {
      expect({ id, results: await lintRule(id, validSwagger()) }).toEqual({ id, results: [] });
    }
  });
});
