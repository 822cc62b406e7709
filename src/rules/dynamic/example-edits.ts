/** Example edits for the dynamic-extension rules, applied to the valid example connector. */
import type { ExampleEdit } from '../../types';

/** A task picker on the shared `taskId` parameter: values from ListTasks. */
export function taskPicker(extra: Record<string, unknown> = {}): ExampleEdit[] {
  return [
    {
      op: 'set',
      path: '/parameters/TaskId/x-ms-dynamic-values',
      value: {
        operationId: 'ListTasks',
        parameters: { status: 'open' },
        'value-path': 'id',
        'value-title': 'title',
        ...extra,
      },
    },
  ];
}

/** An internal GetTaskSchema operation and a `kind` query parameter on CreateTask. */
export function schemaSource(): ExampleEdit[] {
  return [
    {
      op: 'set',
      path: '/paths/~1tasks~1schema',
      value: {
        get: {
          operationId: 'GetTaskSchema',
          summary: 'Get the task schema',
          description: 'Gets the fields of a task kind.',
          'x-ms-visibility': 'internal',
          parameters: [
            {
              name: 'kind',
              in: 'query',
              type: 'string',
              required: true,
              'x-ms-summary': 'Kind',
              description: 'The task kind.',
            },
          ],
          responses: {
            '200': {
              description: 'The schema.',
              schema: { type: 'object', properties: { schema: { type: 'object', description: 'A JSON schema.' } } },
            },
          },
        },
      },
    },
    {
      op: 'set',
      path: '/paths/~1tasks/post/parameters/1',
      value: {
        name: 'kind',
        in: 'query',
        type: 'string',
        required: true,
        'x-ms-summary': 'Kind',
        description: 'The task kind.',
      },
    },
  ];
}

/** CreateTask's body gets a `fields` property whose schema comes from GetTaskSchema. */
export function dynamicFields(
  extension: Record<string, unknown> = {},
  more: Record<string, unknown> = {},
): ExampleEdit[] {
  return [
    ...schemaSource(),
    {
      op: 'set',
      path: '/definitions/NewTask/properties/fields',
      value: {
        type: 'object',
        'x-ms-summary': 'Fields',
        description: 'The fields of the task kind.',
        'x-ms-dynamic-schema': {
          operationId: 'GetTaskSchema',
          parameters: { kind: { parameter: 'kind' } },
          'value-path': 'schema',
          ...extension,
        },
        ...more,
      },
    },
  ];
}

/** CreateTask's body gets a `parent` property whose values come from ListTasks, filtered by the body's `title`. */
export function parentPicker(withList: boolean): ExampleEdit[] {
  const property: Record<string, unknown> = {
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
  if (withList) {
    property['x-ms-dynamic-list'] = {
      operationId: 'ListTasks',
      parameters: { status: { parameterReference: 'body/title' } },
      itemValuePath: 'id',
      itemTitlePath: 'title',
    };
  }
  return [{ op: 'set', path: '/definitions/NewTask/properties/parent', value: property }];
}

/** A folder-style tree picker on CreateTask's body. */
export function treePicker(tree: Record<string, unknown> = {}): ExampleEdit[] {
  return [
    {
      op: 'set',
      path: '/definitions/NewTask/properties/folder',
      value: {
        type: 'string',
        'x-ms-summary': 'Folder',
        description: 'The folder of the task.',
        'x-ms-dynamic-tree': {
          settings: { canSelectParentNodes: true, canSelectLeafNodes: true },
          open: {
            operationId: 'ListTasks',
            itemValuePath: 'id',
            itemTitlePath: 'title',
            itemIsParent: 'false',
            itemFullTitlePath: 'title',
          },
          browse: {
            operationId: 'ListTasks',
            itemValuePath: 'id',
            itemTitlePath: 'title',
            itemIsParent: 'false',
            itemFullTitlePath: 'title',
            parameters: { status: { selectedItemValuePath: 'status' } },
          },
          ...tree,
        },
      },
    },
  ];
}
