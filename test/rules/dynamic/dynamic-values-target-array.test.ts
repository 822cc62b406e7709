import { schemaSource, taskPicker } from '../../../src/rules/dynamic/example-edits';
import { lintRule, SEVERITY } from '../../helpers/lint';
import { messages } from '../../helpers/triggers';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { edited } from '../../helpers/dynamic';

describe('dynamic extension rules', () => {
  it("ppc-dynamic-values-target-array checks the called operation's response", async () => {
    const collection = edited(taskPicker({ 'value-collection': 'value' }));
    const [c] = await lintRule('ppc-dynamic-values-target-array', collection);
    expect(c).toMatchObject({ severity: SEVERITY.warn, path: ['parameters', 'TaskId', 'x-ms-dynamic-values'] });
    expect(c.message).toContain(
      'x-ms-dynamic-values.value-collection "value": the response of "ListTasks" is an array, which has no property "value"',
    );
    const title = edited(taskPicker({ 'value-title': 'name' }));
    expect(await messages('ppc-dynamic-values-target-array', title)).toEqual([
      expect.stringContaining(
        'x-ms-dynamic-values.value-title "name": the items returned by "ListTasks" have no such property',
      ),
    ]);
    const single = edited([
      {
        op: 'set',
        path: '/parameters/TaskId/x-ms-dynamic-values',
        value: { operationId: 'GetTask', 'value-path': 'id' },
      },
    ]);
    expect(await messages('ppc-dynamic-values-target-array', single)).toEqual([
      expect.stringContaining('the response of "GetTask" is not an array at its root'),
    ]);
    // Case differences and open schemas are not reported.
    expect(await lintRule('ppc-dynamic-values-target-array', edited(taskPicker({ 'value-title': 'Title' })))).toEqual(
      [],
    );
    const open = edited([
      ...schemaSource(),
      {
        op: 'set',
        path: '/parameters/TaskId/x-ms-dynamic-values',
        value: { operationId: 'GetTaskSchema', 'value-collection': 'schema/items' },
      },
    ]);
    expect(await lintRule('ppc-dynamic-values-target-array', open)).toEqual([]);
  });
});

describe('ppc-dynamic-values-target-array scenarios', () => {
  ruleScenarios('ppc-dynamic-values-target-array', [
    {
      name: 'A value-collection that ListTasks (which returns a bare array) does not have.',
      edit: documentedEdit('ppc-dynamic-values-target-array', 'invalid'),
      expect: [
        {
          path: ['parameters', 'TaskId', 'x-ms-dynamic-values'],
          line: { containing: '"x-ms-dynamic-values": {' },
          message:
            'x-ms-dynamic-values.value-collection "value": the response of "ListTasks" is an array, which has no property "value"',
        },
      ],
    },
    {
      name: 'A value-title the tasks do not have.',
      edit: documentedEdit('ppc-dynamic-values-target-array', 'invalid', 1),
      expect: [
        {
          path: ['parameters', 'TaskId', 'x-ms-dynamic-values'],
          line: { containing: '"x-ms-dynamic-values": {' },
          message:
            'x-ms-dynamic-values.value-title "name": the items returned by "ListTasks" have no such property (InvokedOperationShouldProduceProperty)',
        },
      ],
    },
    {
      name: 'GetTask returns one task, not an array.',
      edit: documentedEdit('ppc-dynamic-values-target-array', 'invalid', 2),
      expect: [
        {
          path: ['parameters', 'TaskId', 'x-ms-dynamic-values'],
          line: { containing: '"x-ms-dynamic-values": {' },
          message:
            'x-ms-dynamic-values: the response of "GetTask" is not an array at its root (no value-collection) (InvokedOperationShouldProduceArray)',
        },
      ],
    },
    {
      name: 'ListTasks returns an array of tasks with "id" and "title".',
      edit: documentedEdit('ppc-dynamic-values-target-array', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
