import { propertiesScenarios } from '../../helpers/scenarios';

describe('ppc-publisher-required', () => {
  propertiesScenarios('ppc-publisher-required', [
    {
      name: 'No publisher.',
      edit: (doc) => {
        delete doc.properties.publisher;
      },
      expect: [
        {
          path: ['properties'],
          line: { containing: '"properties": {' },
          message: 'apiProperties.json has no publisher',
        },
      ],
    },
    {
      name: 'An empty publisher.',
      edit: (doc) => {
        doc.properties.publisher = ' ';
      },
      expect: [
        { path: ['properties', 'publisher'], line: { containing: '"publisher": " ",' }, message: 'publisher is " "' },
      ],
    },
    {
      name: 'Two people.',
      edit: (doc) => {
        doc.properties.publisher = 'Jane Doe, Ravi Patel';
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
