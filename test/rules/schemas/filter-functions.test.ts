import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('schema rules', () => {
  it('ppc-filter-functions checks values and placement', async () => {
    const doc = validSwagger();
    doc.definitions.Task.properties.status['x-ms-capabilities'] = { filterFunctions: ['eq', 'eq', 'like'] };
    doc.definitions.Task.properties.title['x-ms-capabilities'] = { filterFunctions: [] };
    doc.definitions.NewTask.properties.title['x-ms-capabilities'] = { filterFunctions: ['startswith'] };
    const results = await lintRule('ppc-filter-functions', doc);
    expect(results.map((r) => [r.path.slice(1).join('/'), r.message.split(';')[0]])).toEqual([
      [
        'NewTask/properties/title/x-ms-capabilities/filterFunctions',
        'filterFunctions is in a request body schema (it describes filterable response columns only)',
      ],
      ['Task/properties/title/x-ms-capabilities/filterFunctions', 'filterFunctions is empty'],
      ['Task/properties/status/x-ms-capabilities/filterFunctions/1', 'filterFunctions lists "eq" twice'],
      [
        'Task/properties/status/x-ms-capabilities/filterFunctions/2',
        'filterFunctions has the unsupported value "like"',
      ],
    ]);
    expect(results[0].severity).toBe(SEVERITY.error);
  });
});

describe('ppc-filter-functions scenarios', () => {
  ruleScenarios('ppc-filter-functions', [
    {
      name: 'An unsupported operator.',
      edit: documentedEdit('ppc-filter-functions', 'invalid'),
      expect: [
        {
          path: ['definitions', 'Task', 'properties', 'status', 'x-ms-capabilities', 'filterFunctions', '1'],
          line: { containing: '"like"' },
          message: 'filterFunctions has the unsupported value "like"',
        },
      ],
    },
    {
      name: 'Filter functions in a request body.',
      edit: documentedEdit('ppc-filter-functions', 'invalid', 1),
      expect: [
        {
          path: ['definitions', 'NewTask', 'properties', 'title', 'x-ms-capabilities', 'filterFunctions'],
          line: { containing: '"filterFunctions": [' },
          message: 'filterFunctions is in a request body schema (it describes filterable response columns only)',
        },
      ],
    },
    {
      name: 'Supported operators on a response column.',
      edit: documentedEdit('ppc-filter-functions', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
