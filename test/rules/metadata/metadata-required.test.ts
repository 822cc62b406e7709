import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
const META = 'x-ms-connector-metadata';

describe('connector metadata rules', () => {
  it('ppc-metadata-required reports a missing array', async () => {
    const doc = validSwagger();
    delete doc[META];
    const [finding, ...rest] = await lintRule('ppc-metadata-required', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ code: 'ppc-metadata-required', severity: SEVERITY.error, path: [] });
    expect(finding.message).toMatch(/^x-ms-connector-metadata is missing; add the root array/);
  });
});

describe('ppc-metadata-required scenarios', () => {
  ruleScenarios('ppc-metadata-required', [
    {
      name: 'No connector metadata.',
      edit: documentedEdit('ppc-metadata-required', 'invalid'),
      expect: [{ path: [], line: 1, message: 'x-ms-connector-metadata is missing' }],
    },
    { name: 'The three required entries.', edit: documentedEdit('ppc-metadata-required', 'valid'), expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
