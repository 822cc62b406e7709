import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('versioning rules', () => {
  it('ppc-visibility-casing flags capitalised values everywhere', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get['x-ms-visibility'] = 'Important';
    doc.paths['/tasks'].get.parameters[0]['x-ms-visibility'] = 'ADVANCED';
    doc.definitions.Task.properties.id['x-ms-visibility'] = 'Internal';
    doc.definitions.Task.properties.title['x-ms-visibility'] = 'hidden'; // not a casing problem
    const results = await lintRule('ppc-visibility-casing', doc);
    expect(results.map((r) => r.message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('"Important" on operation "ListTasks" is not lower case (use "important")'),
        expect.stringContaining('"ADVANCED" on parameter "status"'),
        expect.stringContaining('"Internal" on property "id"'),
      ]),
    );
    expect(results).toHaveLength(3);
    expect(results[0].severity).toBe(SEVERITY.warn);
  });
});

describe('ppc-visibility-casing scenarios', () => {
  ruleScenarios('ppc-visibility-casing', [
    {
      name: '"Internal" as the versioning docs show it.',
      edit: documentedEdit('ppc-visibility-casing', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'x-ms-visibility'],
          line: { containing: '"x-ms-visibility": "Internal",' },
          message: 'x-ms-visibility "Internal" on operation "ListTasks" is not lower case (use "internal")',
        },
      ],
    },
    {
      name: '"Advanced" on a parameter.',
      edit: documentedEdit('ppc-visibility-casing', 'invalid', 1),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'parameters', '0', 'x-ms-visibility'],
          line: { containing: '"x-ms-visibility": "Advanced"' },
          message: 'x-ms-visibility "Advanced" on parameter "status" is not lower case (use "advanced")',
        },
      ],
    },
    {
      name: '"internal".',
      edit: documentedEdit('ppc-visibility-casing', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
