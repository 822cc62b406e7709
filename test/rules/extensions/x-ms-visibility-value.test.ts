import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('value rules', () => {
  it('ppc-x-ms-visibility-value reports unknown values and wrong types, and tolerates the forms L-VER shows', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get['x-ms-visibility'] = 'hidden';
    doc.definitions.Task.properties.id['x-ms-visibility'] = true;
    doc.definitions.Task.properties.title['x-ms-visibility'] = ['internal'];
    const results = await lintRule('ppc-x-ms-visibility-value', doc);
    expect(results.map((r) => r.message.split(';')[0])).toEqual([
      'x-ms-visibility is "hidden", not one of "important", "advanced", "internal"',
      'x-ms-visibility is a boolean (true), not a string or null',
      'x-ms-visibility is an array, not a string or null',
    ]);
    expect(results[0]).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/tasks', 'get', 'x-ms-visibility'] });

    const tolerated = validSwagger();
    tolerated.paths['/tasks'].get['x-ms-visibility'] = 'Important';
    tolerated.definitions.Task.properties.id['x-ms-visibility'] = '';
    tolerated.definitions.Task.properties.title['x-ms-visibility'] = null;
    tolerated.paths['/tasks'].get.parameters[0]['x-ms-visibility'] = 'ADVANCED';
    expect(await lintRule('ppc-x-ms-visibility-value', tolerated)).toEqual([]);
  });
});

describe('ppc-x-ms-visibility-value scenarios', () => {
  ruleScenarios('ppc-x-ms-visibility-value', [
    {
      name: 'A value outside the enum.',
      edit: documentedEdit('ppc-x-ms-visibility-value', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'x-ms-visibility'],
          line: { containing: '"x-ms-visibility": "hidden",' },
          message: 'x-ms-visibility is "hidden", not one of "important", "advanced", "internal"',
        },
      ],
    },
    {
      name: 'A boolean instead of a string.',
      edit: documentedEdit('ppc-x-ms-visibility-value', 'invalid', 1),
      expect: [
        {
          path: ['definitions', 'Task', 'properties', 'id', 'x-ms-visibility'],
          line: { containing: '"x-ms-visibility": true' },
          message: 'x-ms-visibility is a boolean (true), not a string or null',
        },
      ],
    },
    {
      name: 'An advanced parameter.',
      edit: documentedEdit('ppc-x-ms-visibility-value', 'valid'),
      expect: [],
    },
    {
      name: 'The capitalised form L-VER shows is read too (the casing rule warns about it).',
      edit: documentedEdit('ppc-x-ms-visibility-value', 'valid', 1),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
