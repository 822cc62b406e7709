import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { withNestedBinaries } from '../../helpers/schemas';
import { lintRule, SEVERITY } from '../../helpers/lint';

describe('ppc-file-type-location', () => {
  ruleScenarios('ppc-file-type-location', [
    {
      name: 'A `file` property inside an object.',
      edit: documentedEdit('ppc-file-type-location', 'invalid'),
      expect: [
        {
          path: ['definitions', 'NewTask', 'properties', 'attachment', 'type'],
          line: { containing: '"type": "file",' },
          message: '`type: file` on property "attachment"',
        },
      ],
    },
    {
      name: 'A whole response of type `file`.',
      edit: documentedEdit('ppc-file-type-location', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-file-type-location, further cases', () => {
  it('ppc-binary-top-level-only and ppc-file-type-location allow only top-level use', async () => {
    const doc = withNestedBinaries();
    const [file, ...others] = await lintRule('ppc-file-type-location', doc);
    expect(others).toHaveLength(0);
    expect(file).toMatchObject({
      severity: SEVERITY.error,
      path: ['definitions', 'NewTask', 'properties', 'upload', 'type'],
    });
    expect(file.message).toContain('`type: file` on property "upload"');
    doc.paths['/tasks'].post.parameters[0].schema = { type: 'file' };
    expect((await lintRule('ppc-file-type-location', doc)).map((r) => r.message.split(';')[0])).toContain(
      '`type: file` on a body parameter schema',
    );
  });
});
