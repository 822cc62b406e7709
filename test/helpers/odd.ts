/** Documents with odd shapes that rules must survive without throwing. */
import { lintRule, validSwagger } from './lint';

/**
 * The valid fixture plus path items whose operations are null, an array or hold odd parameters and `consumes`, a
 * dangling parameter `$ref`, and a parameter `$ref` cycle.
 */
export function oddOperations(): Record<string, any> {
  const doc = validSwagger();
  doc.paths['/odd'] = {
    get: null,
    post: [],
    put: { parameters: 'x', consumes: null },
    parameters: [null, { $ref: '#/parameters/Missing' }],
  };
  doc.paths['/loop'] = { post: { parameters: [{ $ref: '#/parameters/A' }], responses: {} } };
  doc.parameters.A = { $ref: '#/parameters/B' };
  doc.parameters.B = { $ref: '#/parameters/A' };
  return doc;
}

/** The valid fixture with /tasks/{taskId}'s operations a string, null and an array, and an empty path key. */
export function oddPathItems(): Record<string, any> {
  const doc = validSwagger();
  doc.paths['/tasks/{taskId}'].get = 'nope';
  doc.paths['/tasks/{taskId}'].put = null;
  doc.paths['/tasks/{taskId}'].post = [];
  doc.paths[''] = { get: { operationId: 'Empty', responses: {} } };
  return doc;
}

/** Each rule's finding messages on one document (every rule must run without throwing). */
export async function messagesByRule(ids: readonly string[], doc: unknown): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const id of ids) out[id] = (await lintRule(id, doc)).map((r) => r.message);
  return out;
}
