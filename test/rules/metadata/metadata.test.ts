import { lintRule, validSwagger } from '../../helpers/lint';
const META = 'x-ms-connector-metadata';

describe('connector metadata rules', () => {
  const ids = [
    'ppc-metadata-required',
    'ppc-metadata-shape',
    'ppc-metadata-entries',
    'ppc-metadata-entries-case',
    'ppc-metadata-urls',
    'ppc-metadata-urls-https',
    'ppc-metadata-categories-allowed',
    'ppc-metadata-categories-max',
  ];

  it('all are silent on the valid fixture', async () => {
    for (const id of ids) expect({ id, results: await lintRule(id, validSwagger()) }).toEqual({ id, results: [] });
  });

  it('metadata rules survive odd input', async () => {
    for (const value of [null, 'x', 7, {}, [null, [], 'a', { propertyName: null }]]) {
      const doc = validSwagger();
      doc[META] = value;
      for (const id of ids) await expect(lintRule(id, doc)).resolves.toBeDefined();
    }
  });
});
