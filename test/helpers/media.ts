/** Builders for request media: an upload operation that sends formData. */
import { formOperation } from '../../src/rules/host/example-edits';
import { validSwagger } from './lint';

/** The valid fixture with the documented upload operation on /tasks/{taskId} (PUT), `operation` merged over it. */
export function withUpload(operation: Record<string, unknown> = {}): Record<string, any> {
  const doc = validSwagger();
  const upload = formOperation('file') as { value: Record<string, unknown> };
  doc.paths['/tasks/{taskId}'].put = { ...upload.value, ...operation };
  return doc;
}
