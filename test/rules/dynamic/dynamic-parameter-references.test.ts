import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { parentPicker, taskPicker, treePicker } from '../../../src/rules/dynamic/example-edits';
import { lintRule, SEVERITY } from '../../helpers/lint';
import { messages } from '../../helpers/triggers';
import { edited } from '../../helpers/dynamic';

describe('ppc-dynamic-parameter-references', () => {
  ruleScenarios('ppc-dynamic-parameter-references', [
    {
      name: 'Passing a parameter ListTasks does not have.',
      edit: documentedEdit('ppc-dynamic-parameter-references', 'invalid'),
      expect: [
        {
          path: ['parameters', 'TaskId', 'x-ms-dynamic-values', 'parameters', 'state'],
          line: { containing: '"state": "open"' },
          message: 'x-ms-dynamic-values passes "state", which is not a parameter of the called operation "ListTasks"',
        },
      ],
    },
    {
      name: 'Reading a parameter that DeleteTask (which shares the taskId parameter) does not have.',
      edit: documentedEdit('ppc-dynamic-parameter-references', 'invalid', 1),
      expect: [
        {
          path: ['parameters', 'TaskId', 'x-ms-dynamic-values', 'parameters', 'status', 'parameter'],
          line: { containing: '"parameter": "status"' },
          message:
            'x-ms-dynamic-values refers to "status", which is neither a parameter nor a body property of "GetTask"',
        },
        {
          path: ['parameters', 'TaskId', 'x-ms-dynamic-values', 'parameters', 'status', 'parameter'],
          line: { containing: '"parameter": "status"' },
          message:
            'x-ms-dynamic-values refers to "status", which is neither a parameter nor a body property of "DeleteTask"',
        },
      ],
    },
    {
      name: 'A parameterReference into a body property that does not exist.',
      edit: documentedEdit('ppc-dynamic-parameter-references', 'invalid', 2),
      expect: [
        {
          path: [
            'definitions',
            'NewTask',
            'properties',
            'parent',
            'x-ms-dynamic-list',
            'parameters',
            'status',
            'parameterReference',
          ],
          line: { containing: '"parameterReference": "body/name"' },
          message:
            'x-ms-dynamic-list parameterReference "body/name" names the property "name", which the body schema of parameter "body" does not have of "CreateTask"',
        },
      ],
    },
    {
      name: 'A literal for a parameter ListTasks has.',
      edit: documentedEdit('ppc-dynamic-parameter-references', 'valid'),
      expect: [],
    },
    {
      name: 'A parameter of the calling operation.',
      edit: documentedEdit('ppc-dynamic-parameter-references', 'valid', 1),
      expect: [],
    },
    {
      name: 'A body property through x-ms-dynamic-list.',
      edit: documentedEdit('ppc-dynamic-parameter-references', 'valid', 2),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-dynamic-parameter-references, further cases', () => {
  it('ppc-dynamic-parameter-references checks both ends of each call', async () => {
    const target = edited(taskPicker({ parameters: { state: 'open' } }));
    const [t] = await lintRule('ppc-dynamic-parameter-references', target);
    expect(t).toMatchObject({
      severity: SEVERITY.error,
      path: ['parameters', 'TaskId', 'x-ms-dynamic-values', 'parameters', 'state'],
    });
    expect(t.message).toContain(
      'x-ms-dynamic-values passes "state", which is not a parameter of the called operation "ListTasks"',
    );
    const caller = edited(taskPicker({ parameters: { status: { parameter: 'owner' } } }));
    const callerResults = await lintRule('ppc-dynamic-parameter-references', caller);
    expect(callerResults.map((r) => r.message)).toEqual([
      expect.stringContaining('refers to "owner", which is neither a parameter nor a body property of "GetTask"'),
      expect.stringContaining('refers to "owner", which is neither a parameter nor a body property of "DeleteTask"'),
    ]);
    expect(callerResults[0].path).toEqual([
      'parameters',
      'TaskId',
      'x-ms-dynamic-values',
      'parameters',
      'status',
      'parameter',
    ]);
    const reference = edited([
      ...parentPicker(true),
      {
        op: 'set',
        path: '/definitions/NewTask/properties/parent/x-ms-dynamic-list/parameters/status/parameterReference',
        value: 'body/name',
      },
    ]);
    expect(await messages('ppc-dynamic-parameter-references', reference)).toEqual([
      expect.stringContaining(
        'x-ms-dynamic-list parameterReference "body/name" names the property "name", which the body schema of parameter "body" does not have of "CreateTask"',
      ),
    ]);
    const unknown = edited(taskPicker({ operationId: 'NoSuchOperation', parameters: { anything: 'x' } }));
    expect(await lintRule('ppc-dynamic-parameter-references', unknown)).toEqual([]);
    const tree = edited(
      treePicker({ browse: { operationId: 'ListTasks', parameters: { folder: { selectedItemValuePath: 'id' } } } }),
    );
    expect(await messages('ppc-dynamic-parameter-references', tree)).toEqual([
      expect.stringContaining('x-ms-dynamic-tree.browse passes "folder"'),
    ]);
  });
});
