import { lintRule, validSwagger } from '../../helpers/lint';

describe('host, basePath and schemes rules', () => {
  it('all are silent on the valid fixture', async () => {
    for (const id of ['ppc-host-required', 'ppc-host-valid', 'ppc-host-production', 'ppc-basepath-valid', 'ppc-schemes-nonempty', 'ppc-schemes-allowed', 'ppc-schemes-https-only']) {
      expect({ id, results: await lintRule(id, validSwagger()) }).toEqual({ id, results: [] });
    }
  });
});
