import { ruleScenarios } from '../../helpers/scenarios';

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
