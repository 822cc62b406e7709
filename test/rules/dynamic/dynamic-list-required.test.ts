import { ruleScenarios } from '../../helpers/scenarios';
import { parentPicker } from '../../../src/rules/dynamic/example-edits';
import type { ExampleEdit } from '../../../src/types';
import { editedSwagger, lintRule, SEVERITY } from '../../helpers/lint';

describe('ppc-dynamic-list-required', () => {
  ruleScenarios('ppc-dynamic-list-required', [
    {
      name: 'A reference to the body property "title" without x-ms-dynamic-list.',
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
        };
      },
      expect: [
        {
          path: [
            'definitions',
            'NewTask',
            'properties',
            'parent',
            'x-ms-dynamic-values',
            'parameters',
            'status',
            'parameter',
          ],
          line: { containing: '"parameter": "title"' },
          message: 'x-ms-dynamic-values refers to "title", a body property rather than a parameter of "CreateTask"',
        },
      ],
    },
    {
      name: 'The same reference with x-ms-dynamic-list.',
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

describe('ppc-dynamic-list-required, further cases', () => {
  const edited = (edits: ExampleEdit[]): Record<string, any> => editedSwagger(edits) as Record<string, any>;
  it('ppc-dynamic-list-required and ppc-dynamic-properties-required flag body-property references', async () => {
    const doc = edited(parentPicker(false));
    const [l] = await lintRule('ppc-dynamic-list-required', doc);
    expect(l).toMatchObject({
      severity: SEVERITY.error,
      path: [
        'definitions',
        'NewTask',
        'properties',
        'parent',
        'x-ms-dynamic-values',
        'parameters',
        'status',
        'parameter',
      ],
    });
    expect(l.message).toContain(
      'x-ms-dynamic-values refers to "title", a body property rather than a parameter of "CreateTask"',
    );
  });
});
