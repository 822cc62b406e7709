import { ruleScenarios } from '../../helpers/scenarios';

describe('ppc-file-only-formdata', () => {
  ruleScenarios('ppc-file-only-formdata', [
    {
      name: 'A file query parameter.',
      edit: (doc) => {
        doc.paths['/tasks'].get.parameters[0].type = 'file';
      },
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'parameters', '0', 'type'],
          line: { containing: '"type": "file",' },
          message: 'Parameter "status" has type "file" in query',
        },
      ],
    },
    {
      name: 'A file form field.',
      edit: (doc) => {
        delete doc.paths['/tasks'].get.parameters[0].enum;
        doc.paths['/tasks'].get.parameters[0].in = 'formData';
        doc.paths['/tasks'].get.parameters[0].type = 'file';
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
