import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { dynamicFields } from '../../../src/rules/dynamic/example-edits';
import { messages } from '../../helpers/triggers';
import { edited } from '../../helpers/dynamic';

describe('ppc-x-ms-dynamic-properties', () => {
  ruleScenarios('ppc-x-ms-dynamic-properties', [
    {
      name: 'A parameter with both a value and a reference.',
      edit: documentedEdit('ppc-x-ms-dynamic-properties', 'invalid'),
      expect: [
        {
          path: ['definitions', 'NewTask', 'properties', 'fields', 'x-ms-dynamic-properties', 'parameters', 'kind'],
          line: 208,
          message: 'x-ms-dynamic-properties parameter "kind" has "value", "parameterReference"',
        },
      ],
    },
    {
      name: 'Properties fetched from GetTaskSchema.',
      edit: documentedEdit('ppc-x-ms-dynamic-properties', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-x-ms-dynamic-properties, further cases', () => {
  const properties = {
    operationId: 'GetTaskSchema',
    parameters: { kind: { parameterReference: 'kind' } },
    itemValuePath: 'schema',
  };
  it('ppc-x-ms-dynamic-list, -schema and -properties check their shapes', async () => {
    const props = edited(
      dynamicFields(
        {},
        {
          'x-ms-dynamic-properties': {
            ...properties,
            parameters: { kind: { value: 'bug', parameterReference: 'kind' } },
            itemValuePath: 7,
          },
        },
      ),
    );
    const propsText = (await messages('ppc-x-ms-dynamic-properties', props)).join('\n');
    expect(propsText).toContain('parameter "kind" has "value", "parameterReference"; it needs exactly one');
    expect(propsText).toContain('"itemValuePath" that is not a string (7)');
  });
});
