/** Builders for request media: an upload operation that sends formData. */
import { validSwagger } from './lint';

/** The valid fixture with an upload operation on /tasks/{taskId} (PUT) using formData parameters. */
export function withUpload(operation: Record<string, unknown> = {}): Record<string, any> {
  const doc = validSwagger();
  doc.paths['/tasks/{taskId}'].put = {
    operationId: 'AttachFile',
    summary: 'Attach a file',
    description: 'Attaches a file to the task.',
    parameters: [
      { $ref: '#/parameters/TaskId' },
      {
        name: 'file',
        in: 'formData',
        type: 'file',
        required: true,
        'x-ms-summary': 'File',
        description: 'The file to attach.',
      },
    ],
    responses: { '204': { description: 'The file was attached.' } },
    ...operation,
  };
  return doc;
}
