import { lintRule, validSwagger } from '../../helpers/lint';

/** The valid fixture with ListTasks returning a page object. */
function pagedDoc(nextLinkName: unknown = 'nextLink'): Record<string, any> {
  const doc = validSwagger();
  const op = doc.paths['/tasks'].get;
  op['x-ms-pageable'] = { nextLinkName };
  op.responses['200'].schema = { $ref: '#/definitions/TaskPage' };
  doc.definitions.TaskPage = {
    type: 'object',
    properties: { value: { type: 'array', items: { $ref: '#/definitions/Task' } }, nextLink: { type: 'string', description: 'The next page.' } },
  };
  return doc;
}

describe('pagination rules', () => {
  it('are silent on the valid fixture and a compliant pageable operation', async () => {
    for (const id of ['ppc-pageable-shape', 'ppc-pageable-nextlink-value', 'ppc-pageable-nextlink-in-response']) {
      expect({ id, results: await lintRule(id, validSwagger()) }).toEqual({ id, results: [] });
      expect({ id, results: await lintRule(id, pagedDoc()) }).toEqual({ id, results: [] });
    }
  });
});
