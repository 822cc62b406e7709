import { ruleScenarios } from '../../helpers/scenarios';
import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

describe('ppc-binary-top-level-only', () => {
  ruleScenarios('ppc-binary-top-level-only', [
    {
      name: 'A binary property inside the task object.',
      edit: (doc) => {
        doc.definitions.NewTask.properties.attachment = {
          type: 'string',
          format: 'binary',
          'x-ms-summary': 'Attachment',
          description: 'The file.',
        };
      },
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
      edit: (doc) => {
        doc.definitions.NewTask.properties.attachment = {
          type: 'string',
          format: 'byte',
          'x-ms-summary': 'Attachment',
          description: 'The file.',
        };
      },
      expect: [],
    },
    {
      name: 'A binary response body.',
      edit: (doc) => {
        doc.paths['/tasks/{taskId}'].get.responses['200'].schema = { type: 'string', format: 'binary' };
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-binary-top-level-only, further cases', () => {
  it('ppc-binary-top-level-only and ppc-file-type-location allow only top-level use', async () => {
    const doc = validSwagger();
    doc.definitions.NewTask.properties.file = { type: 'string', format: 'binary' };
    doc.definitions.NewTask.properties.upload = { type: 'file' };
    doc.paths['/tasks/{taskId}'].get.responses['200'].schema = { type: 'file' };
    doc.paths['/tasks'].get.responses['200'].schema = { type: 'string', format: 'binary' };
    const [binary, ...more] = await lintRule('ppc-binary-top-level-only', doc);
    expect(more).toHaveLength(0);
    expect(binary).toMatchObject({
      severity: SEVERITY.warn,
      path: ['definitions', 'NewTask', 'properties', 'file', 'format'],
    });
    expect(binary.message).toContain('Property "file" is a binary string below the top level');
  });
});
