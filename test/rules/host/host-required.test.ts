import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('host, basePath and schemes rules', () => {
  it('ppc-host-required reports a missing or empty host', async () => {
    const doc = validSwagger();
    delete doc.host;
    const [finding, ...rest] = await lintRule('ppc-host-required', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ code: 'ppc-host-required', severity: SEVERITY.error, path: [] });
    expect(finding.message).toMatch(/^host is missing; set it/);
    doc.host = ' ';
    const empty = await lintRule('ppc-host-required', doc);
    expect(empty[0]).toMatchObject({ path: ['host'] });
    expect(empty[0].message).toContain('is empty');
  });
});

describe('ppc-host-required scenarios', () => {
  ruleScenarios('ppc-host-required', [
    {
      name: 'No host.',
      edit: documentedEdit('ppc-host-required', 'invalid'),
      expect: [{ path: [], line: 1, message: 'host is missing' }],
    },
    { name: 'A bare host name.', edit: documentedEdit('ppc-host-required', 'valid'), expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
