/** Documents with odd shapes that rules must survive without throwing. */
import { validSwagger } from './lint';

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
