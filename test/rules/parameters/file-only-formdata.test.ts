import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

describe('ppc-file-only-formdata', () => {
  ruleScenarios('ppc-file-only-formdata', [
    {
      name: 'A file query parameter.',
      edit: documentedEdit('ppc-file-only-formdata', 'invalid'),
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
      edit: documentedEdit('ppc-file-only-formdata', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-file-only-formdata, further cases', () => {
  const QUERY = ['paths', '/tasks', 'get', 'parameters', '0'];
  it('ppc-param-type-allowed and ppc-file-only-formdata', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.parameters[0].type = 'object';
    doc.paths['/tasks'].get.parameters[0].type = 'file';
    const [file] = await lintRule('ppc-file-only-formdata', doc);
    expect(file).toMatchObject({ severity: SEVERITY.error, path: [...QUERY, 'type'] });
    expect(file.message).toContain('Parameter "status" has type "file" in query');
    doc.paths['/tasks'].get.parameters[0].in = 'formData';
    expect(await lintRule('ppc-file-only-formdata', doc)).toEqual([]);
  });
});
