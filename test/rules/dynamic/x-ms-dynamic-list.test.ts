import { ruleScenarios } from '../../helpers/scenarios';
import { parentPicker } from '../../../src/rules/dynamic/example-edits';
import type { ExampleEdit } from '../../../src/types';
import { editedSwagger, lintRule, SEVERITY } from '../../helpers/lint';

describe('ppc-x-ms-dynamic-list', () => {
  ruleScenarios('ppc-x-ms-dynamic-list', [
    {
      name: 'The x-ms-dynamic-values parameter form.',
      edit: (doc) => {
        doc.definitions.NewTask.properties.parent = {
          type: 'string',
          'x-ms-summary': 'Parent Task',
          description: 'The task this one belongs to.',
          'x-ms-dynamic-values': {
            operationId: 'ListTasks',
            parameters: { status: { parameter: 'title' } },
            'value-path': 'id',
            'value-title': 'title',
          },
          'x-ms-dynamic-list': {
            operationId: 'ListTasks',
            parameters: { status: { parameter: 'title' } },
            itemValuePath: 'id',
            itemTitlePath: 'title',
          },
        };
      },
      expect: [
        {
          path: ['definitions', 'NewTask', 'properties', 'parent', 'x-ms-dynamic-list', 'parameters', 'status'],
          line: 169,
          message: 'x-ms-dynamic-list parameter "status" has "parameter"',
        },
      ],
    },
    {
      name: 'A parameter reference into the body.',
      edit: (doc) => {
        doc.definitions.NewTask.properties.parent = {
          type: 'string',
          'x-ms-summary': 'Parent Task',
          description: 'The task this one belongs to.',
          'x-ms-dynamic-values': {
            operationId: 'ListTasks',
            parameters: { status: { parameter: 'title' } },
            'value-path': 'id',
            'value-title': 'title',
          },
          'x-ms-dynamic-list': {
            operationId: 'ListTasks',
            parameters: { status: { parameterReference: 'body/title' } },
            itemValuePath: 'id',
            itemTitlePath: 'title',
          },
        };
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-x-ms-dynamic-list, further cases', () => {
  const edited = (edits: ExampleEdit[]): Record<string, any> => editedSwagger(edits) as Record<string, any>;
  it('ppc-x-ms-dynamic-list, -schema and -properties check their shapes', async () => {
    const list = edited([
      ...parentPicker(true),
      {
        op: 'set',
        path: '/definitions/NewTask/properties/parent/x-ms-dynamic-list/parameters/status',
        value: { parameter: 'title' },
      },
    ]);
    const [l] = await lintRule('ppc-x-ms-dynamic-list', list);
    expect(l).toMatchObject({
      severity: SEVERITY.error,
      path: ['definitions', 'NewTask', 'properties', 'parent', 'x-ms-dynamic-list', 'parameters', 'status'],
    });
    expect(l.message).toContain(
      'parameter "status" has "parameter"; it needs exactly one of "value", "parameterReference"',
    );
  });
});
