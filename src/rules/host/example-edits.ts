/** Example edits for the media-type rules, applied to the valid example connector. */
import type { ExampleEdit } from '../../types';

/** A form parameter of the example upload: the file, or a text field. */
const FORM_FIELDS: Record<'file' | 'title', Record<string, unknown>> = {
  file: {
    name: 'file',
    in: 'formData',
    type: 'file',
    required: true,
    'x-ms-summary': 'File',
    description: 'The file to attach.',
  },
  title: {
    name: 'title',
    in: 'formData',
    type: 'string',
    required: true,
    'x-ms-summary': 'Title',
    description: 'The new title.',
  },
};

/**
 * Sets `PUT /tasks/{taskId}` to a form operation: `AttachFile` (a file field) or `RenameTask` (a text field),
 * consuming the given types (no `consumes` when omitted).
 */
export function formOperation(field: 'file' | 'title', consumes?: string[]): ExampleEdit {
  const [operationId, summary, description, done] =
    field === 'file'
      ? ['AttachFile', 'Attach a file', 'Attaches a file to the task.', 'The file was attached.']
      : ['RenameTask', 'Rename a task', 'Renames the task.', 'The task was renamed.'];
  return {
    op: 'set',
    path: '/paths/~1tasks~1{taskId}/put',
    value: {
      operationId,
      summary,
      description,
      ...(consumes ? { consumes } : {}),
      parameters: [{ $ref: '#/parameters/TaskId' }, { ...FORM_FIELDS[field] }],
      responses: { '204': { description: done } },
    },
  };
}
