/** Builders for schemas. */
import { validSwagger } from './lint';

/**
 * The valid fixture with a binary string (`file`) and a `type: file` (`upload`) nested in NewTask, and both kinds used
 * as whole response bodies, where they belong.
 */
export function withNestedBinaries(): Record<string, any> {
  const doc = validSwagger();
  doc.definitions.NewTask.properties.file = { type: 'string', format: 'binary' };
  doc.definitions.NewTask.properties.upload = { type: 'file' };
  doc.paths['/tasks/{taskId}'].get.responses['200'].schema = { type: 'file' };
  doc.paths['/tasks'].get.responses['200'].schema = { type: 'string', format: 'binary' };
  return doc;
}
