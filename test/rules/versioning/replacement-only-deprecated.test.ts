import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { lintRule, SEVERITY } from '../../helpers/lint';
import { family } from '../../helpers/versioning';

describe('ppc-replacement-only-deprecated', () => {
  ruleScenarios('ppc-replacement-only-deprecated', [
    {
      name: 'A replacement on an active operation.',
      edit: documentedEdit('ppc-replacement-only-deprecated', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'x-ms-api-annotation', 'replacement'],
          line: { containing: '"replacement": {' },
          message: 'The operation has x-ms-api-annotation.replacement but is not "deprecated": true',
        },
      ],
    },
    {
      name: 'A replacement on a deprecated operation.',
      edit: documentedEdit('ppc-replacement-only-deprecated', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-replacement-only-deprecated, further cases', () => {
  it('ppc-replacement-only-deprecated and ppc-replacement-complete check the replacement', async () => {
    const doc = family();
    delete doc.paths['/tasks'].get.deprecated;
    const [d] = await lintRule('ppc-replacement-only-deprecated', doc);
    expect(d).toMatchObject({
      severity: SEVERITY.error,
      path: ['paths', '/tasks', 'get', 'x-ms-api-annotation', 'replacement'],
    });
    expect(d.message).toContain('has x-ms-api-annotation.replacement but is not "deprecated": true');
  });
});
