import { ruleScenarios } from '../../helpers/scenarios';
import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

describe('ppc-file-type-location', () => {
  ruleScenarios('ppc-file-type-location', [
    {
      name: 'A `file` property inside an object.',
      edit: (doc) => {
        doc.definitions.NewTask.properties.attachment = {
          type: 'file',
          'x-ms-summary': 'Attachment',
          description: 'The file.',
        };
      },
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
      edit: (doc) => {
        doc.paths['/tasks/{taskId}'].get.responses['200'].schema = { type: 'file' };
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-file-type-location, further cases', () => {
  it('ppc-binary-top-level-only and ppc-file-type-location allow only top-level use', async () => {
    const doc = validSwagger();
    doc.definitions.NewTask.properties.file = { type: 'string', format: 'binary' };
    doc.definitions.NewTask.properties.upload = { type: 'file' };
    doc.paths['/tasks/{taskId}'].get.responses['200'].schema = { type: 'file' };
    doc.paths['/tasks'].get.responses['200'].schema = { type: 'string', format: 'binary' };
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
