import { ruleScenarios } from '../../helpers/scenarios';

describe('ppc-summary-no-product-names', () => {
  ruleScenarios('ppc-summary-no-product-names', [
    {
      name: 'A product name in the summary.',
      edit: (doc) => {
        doc.paths['/tasks'].get.summary = 'List tasks for Power Automate';
      },
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'summary'],
          line: { containing: '"summary": "List tasks for Power Automate",' },
          message: 'Summary "List tasks for Power Automate" contains "Power Automate"',
        },
      ],
    },
    { name: 'No product name.', edit: () => {}, expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
