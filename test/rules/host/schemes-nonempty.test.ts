import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('host, basePath and schemes rules', () => {
  it('ppc-schemes-nonempty reports missing, empty and non-array schemes', async () => {
    const doc = validSwagger();
    doc.schemes = [];
    const [empty] = await lintRule('ppc-schemes-nonempty', doc);
    expect(empty).toMatchObject({ code: 'ppc-schemes-nonempty', severity: SEVERITY.error, path: ['schemes'] });
    expect(empty.message).toMatch(/^schemes is empty; set "schemes": \["https"\]/);
    doc.schemes = 'https';
    expect((await lintRule('ppc-schemes-nonempty', doc))[0].message).toContain('"https" is not an array');
    delete doc.schemes;
    const [missing] = await lintRule('ppc-schemes-nonempty', doc);
    expect(missing).toMatchObject({ path: [] });
    expect(missing.message).toContain('schemes is missing');
  });
});

describe('ppc-schemes-nonempty scenarios', () => {
  ruleScenarios('ppc-schemes-nonempty', [
    {
      name: 'An empty schemes array.',
      edit: documentedEdit('ppc-schemes-nonempty', 'invalid'),
      expect: [{ path: ['schemes'], line: { containing: '"schemes": [],' }, message: 'schemes is empty' }],
    },
    {
      name: 'No schemes.',
      edit: documentedEdit('ppc-schemes-nonempty', 'invalid', 1),
      expect: [{ path: [], line: 1, message: 'schemes is missing' }],
    },
    { name: 'HTTPS only.', edit: documentedEdit('ppc-schemes-nonempty', 'valid'), expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
