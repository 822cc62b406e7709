import { ruleScenarios } from '../../helpers/scenarios';

describe('ppc-x-ms-media-kind-value', () => {
  ruleScenarios('ppc-x-ms-media-kind-value', [
    {
      name: 'An unsupported media kind.',
      edit: (doc) => {
        doc.definitions.Task.properties.id['x-ms-media-kind'] = 'video';
      },
      expect: [
        {
          path: ['definitions', 'Task', 'properties', 'id', 'x-ms-media-kind'],
          line: { containing: '"x-ms-media-kind": "video"' },
          message: 'x-ms-media-kind is "video", not one of "image", "audio"',
        },
      ],
    },
    {
      name: 'An image.',
      edit: (doc) => {
        doc.definitions.Task.properties.id['x-ms-media-kind'] = 'image';
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
