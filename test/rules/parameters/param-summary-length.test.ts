import { ruleScenarios } from '../../helpers/scenarios';

describe('ppc-param-summary-length', () => {
  ruleScenarios('ppc-param-summary-length', [
    {
      name: 'A label of 90 characters.',
      edit: (doc) => {
        doc.paths['/tasks'].get.parameters[0]['x-ms-summary'] =
          'Status Status Status Status Status Status Status Status Status Status Status Status Status';
      },
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'parameters', '0', 'x-ms-summary'],
          line: {
            containing:
              '"x-ms-summary": "Status Status Status Status Status Status Status Status Status Status Status Status Status",',
          },
          message:
            'Parameter "status" has an x-ms-summary of 90 characters ("Status Status Status Status Status Status Status Status Sta…")',
        },
      ],
    },
    {
      name: 'A label of 77 characters.',
      edit: (doc) => {
        doc.paths['/tasks'].get.parameters[0]['x-ms-summary'] =
          'Status Status Status Status Status Status Status Status Status Task Name Here';
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
