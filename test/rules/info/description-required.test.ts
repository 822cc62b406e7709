import { ruleScenarios } from '../../helpers/scenarios';

describe('ppc-description-required', () => {
  ruleScenarios('ppc-description-required', [
    {
      name: 'No description.',
      edit: (doc) => {
        delete doc.info.description;
      },
      expect: [{ path: ['info'], line: { containing: '"info": {' }, message: 'info.description is missing' }],
    },
    {
      name: 'A blank description.',
      edit: (doc) => {
        doc.info.description = ' ';
      },
      expect: [
        {
          path: ['info', 'description'],
          line: { containing: '"description": " ",' },
          message: 'info.description is empty',
        },
      ],
    },
    {
      name: 'A description of the service.',
      edit: (doc) => {
        doc.info.description = 'Contoso Tasks keeps track of team work items.';
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
