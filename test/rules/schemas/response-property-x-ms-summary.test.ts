import { ruleScenarios } from '../../helpers/scenarios';

describe('ppc-response-property-x-ms-summary', () => {
  ruleScenarios('ppc-response-property-x-ms-summary', [
    {
      name: 'A response property without x-ms-summary.',
      edit: (doc) => {
        delete doc.definitions.Task.properties.status['x-ms-summary'];
      },
      expect: [
        {
          path: ['definitions', 'Task', 'properties', 'status'],
          line: { containing: '"status": {' },
          message: 'Response property "status" has no x-ms-summary',
        },
      ],
    },
    { name: 'Every response property has a label.', edit: () => {}, expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
