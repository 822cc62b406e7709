import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { wellFormedMetadata } from '../../helpers/metadata';

describe('root-level x-ms extension rules', () => {
  it('ppc-deployment-version needs a dotted version string', async () => {
    const doc = validSwagger();
    doc.info['x-ms-deployment-version'] = 'v1.0';
    const [finding] = await lintRule('ppc-deployment-version', doc);
    expect(finding).toMatchObject({
      code: 'ppc-deployment-version',
      severity: SEVERITY.error,
      path: ['info', 'x-ms-deployment-version'],
    });
    expect(finding.message).toContain('"v1.0" is not a dotted version number');
    for (const bad of ['1', 1.5, '1.0.']) {
      doc.info['x-ms-deployment-version'] = bad;
      expect({ bad, count: (await lintRule('ppc-deployment-version', doc)).length }).toEqual({ bad, count: 1 });
    }
  });
});

describe('ppc-deployment-version scenarios', () => {
  ruleScenarios('ppc-deployment-version', [
    {
      name: 'A version with a "v" prefix.',
      edit: documentedEdit('ppc-deployment-version', 'invalid'),
      expect: [
        {
          path: ['info', 'x-ms-deployment-version'],
          line: { containing: '"x-ms-deployment-version": "v1.0"' },
          message: 'info.x-ms-deployment-version "v1.0" is not a dotted version number',
        },
      ],
    },
    {
      name: 'A three-part version.',
      edit: documentedEdit('ppc-deployment-version', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-deployment-version, further cases', () => {
  it('all are silent on the valid fixture and on well-formed values', async () => {
    const doc = wellFormedMetadata();
    expect(await lintRule('ppc-deployment-version', validSwagger())).toEqual([]);
    expect(await lintRule('ppc-deployment-version', doc)).toEqual([]);
  });
});
