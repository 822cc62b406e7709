import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { withNestedBinaries } from '../../helpers/schemas';
import { lintRule, SEVERITY } from '../../helpers/lint';

describe('ppc-binary-top-level-only', () => {
  ruleScenarios('ppc-binary-top-level-only', [
    {
      name: 'A binary property inside the task object.',
      edit: documentedEdit('ppc-binary-top-level-only', 'invalid'),
      expect: [
        {
          path: ['definitions', 'NewTask', 'properties', 'attachment', 'format'],
          line: { containing: '"format": "binary",' },
          message: 'Property "attachment" is a binary string below the top level',
        },
      ],
    },
    {
      name: 'A base64 property inside the task object.',
      edit: documentedEdit('ppc-binary-top-level-only', 'valid'),
      expect: [],
    },
    {
      name: 'A binary response body.',
      edit: documentedEdit('ppc-binary-top-level-only', 'valid', 1),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-binary-top-level-only, further cases', () => {
  it('ppc-binary-top-level-only and ppc-file-type-location allow only top-level use', async () => {
    const doc = withNestedBinaries();
    const [binary, ...more] = await lintRule('ppc-binary-top-level-only', doc);
    expect(more).toHaveLength(0);
    expect(binary).toMatchObject({
      severity: SEVERITY.warn,
      path: ['definitions', 'NewTask', 'properties', 'file', 'format'],
    });
    expect(binary.message).toContain('Property "file" is a binary string below the top level');
  });
});
