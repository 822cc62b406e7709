import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { dynamicFields } from '../../../src/rules/dynamic/example-edits';
import { messages } from '../../helpers/triggers';
import { edited } from '../../helpers/dynamic';

describe('ppc-x-ms-dynamic-schema', () => {
  ruleScenarios('ppc-x-ms-dynamic-schema', [
    {
      name: 'Only an operation name.',
      edit: documentedEdit('ppc-x-ms-dynamic-schema', 'invalid'),
      expect: [
        {
          path: ['definitions', 'NewTask', 'properties', 'fields', 'x-ms-dynamic-schema'],
          line: { containing: '"x-ms-dynamic-schema": "GetTaskSchema"' },
          message: 'x-ms-dynamic-schema is GetTaskSchema, not an object',
        },
      ],
    },
    {
      name: 'An unknown key.',
      edit: documentedEdit('ppc-x-ms-dynamic-schema', 'invalid', 1),
      expect: [
        {
          path: ['definitions', 'NewTask', 'properties', 'fields', 'x-ms-dynamic-schema', 'value-collection'],
          line: { containing: '"value-collection": "schema"' },
          message: 'x-ms-dynamic-schema has the unknown key "value-collection"',
        },
      ],
    },
    {
      name: 'A schema fetched from GetTaskSchema.',
      edit: documentedEdit('ppc-x-ms-dynamic-schema', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-x-ms-dynamic-schema, further cases', () => {
  it('ppc-x-ms-dynamic-list, -schema and -properties check their shapes', async () => {
    const schema = edited([
      ...dynamicFields(),
      { op: 'set', path: '/definitions/NewTask/properties/fields/x-ms-dynamic-schema', value: 'GetTaskSchema' },
    ]);
    expect(await messages('ppc-x-ms-dynamic-schema', schema)).toEqual([
      expect.stringContaining('x-ms-dynamic-schema is GetTaskSchema, not an object'),
    ]);
    const extra = edited(dynamicFields({ 'value-collection': 'schema', operationId: '' }));
    const extraText = (await messages('ppc-x-ms-dynamic-schema', extra)).join('\n');
    expect(extraText).toContain('has the unknown key "value-collection"');
    expect(extraText).toContain('"operationId" that is not a non-empty string');
  });
});
