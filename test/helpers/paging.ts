/** Builders for pageable operations. */
import { validSwagger } from './lint';

/** The valid fixture with GET /tasks pageable: `x-ms-pageable` naming `nextLinkName`, a page schema with nextLink. */
export function pagedDoc(nextLinkName: unknown = 'nextLink'): Record<string, any> {
  const doc = validSwagger();
  const op = doc.paths['/tasks'].get;
  op['x-ms-pageable'] = { nextLinkName };
  op.responses['200'].schema = { $ref: '#/definitions/TaskPage' };
  doc.definitions.TaskPage = {
    type: 'object',
    properties: {
      value: { type: 'array', items: { $ref: '#/definitions/Task' } },
      nextLink: { type: 'string', description: 'The next page.' },
    },
  };
  return doc;
}
