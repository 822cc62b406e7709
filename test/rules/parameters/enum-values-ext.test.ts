import { lintRule, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
const QUERY = ['paths', '/tasks', 'get', 'parameters', '0'];

describe('parameter and schema value rules', () => {
  it('ppc-enum-values-ext checks each entry', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.parameters[0]['x-ms-enum-values'] = [
      { value: 'open', displayName: 'Open' },
      { value: 'open', displayName: 'Open again' },
      { value: 'closed', displayName: 'Closed' },
      { value: 'done' },
      'done',
      { displayName: 'No value' },
    ];
    const results = await lintRule('ppc-enum-values-ext', doc);
    const ext = [...QUERY, 'x-ms-enum-values'];
    expect(results.map((r) => [r.path.slice(ext.length).join('/'), r.message.split(';')[0]])).toEqual([
      ['1/value', 'Parameter "status" lists the value "open" twice in x-ms-enum-values'],
      ['2/value', 'Parameter "status" has the x-ms-enum-values value "closed", which is not in its "enum"'],
      ['3', 'Parameter "status" has an x-ms-enum-values entry without "displayName"'],
      ['4', 'Parameter "status" has an x-ms-enum-values entry that is not an object'],
      ['5', 'Parameter "status" has an x-ms-enum-values entry without "value"'],
    ]);
    doc.paths['/tasks'].get.parameters[0]['x-ms-enum-values'] = { value: 'open' };
    const [notList] = await lintRule('ppc-enum-values-ext', doc);
    expect(notList.message).toContain('has an "x-ms-enum-values" that is not a list');
  });
});

describe('ppc-enum-values-ext scenarios', () => {
  ruleScenarios('ppc-enum-values-ext', [
    {
      name: 'A value that is not in enum, and an entry without displayName.',
      edit: documentedEdit('ppc-enum-values-ext', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'parameters', '0', 'x-ms-enum-values', '1'],
          line: 48,
          message: 'Parameter "status" has an x-ms-enum-values entry without "displayName"',
        },
        {
          path: ['paths', '/tasks', 'get', 'parameters', '0', 'x-ms-enum-values', '1', 'value'],
          line: { containing: '"value": "closed"' },
          message: 'Parameter "status" has the x-ms-enum-values value "closed", which is not in its "enum"',
        },
      ],
    },
    {
      name: 'Display names for each enum value.',
      edit: documentedEdit('ppc-enum-values-ext', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
