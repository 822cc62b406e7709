import { ruleScenarios } from '../../helpers/scenarios';

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
