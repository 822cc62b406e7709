import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

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
  it('ppc-pageable-nextlink-value accepts only nextLink and @odata.nextLink', async () => {
    expect(await lintRule('ppc-pageable-nextlink-value', pagedDoc('@odata.nextLink'))).toEqual([]);
    const doc = pagedDoc('nextlink');
    const [d] = await lintRule('ppc-pageable-nextlink-value', doc);
    expect(d).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/tasks', 'get', 'x-ms-pageable', 'nextLinkName'] });
    expect(d!.message).toBe(
      'x-ms-pageable.nextLinkName "nextlink" is not supported; use "nextLink" or "@odata.nextLink" and return the next page URL in that response property (Microsoft rejects other names: InvalidNextLinkNameValue).',
    );
  });
});
