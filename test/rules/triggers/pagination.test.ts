import { lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { lineAfter, messages } from '../../helpers/triggers';

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

  it('ppc-pageable-shape allows only nextLinkName', async () => {
    const doc = pagedDoc();
    doc.paths['/tasks'].get['x-ms-pageable'].itemName = 'value';
    const [d] = await lintRule('ppc-pageable-shape', doc);
    expect(d).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/tasks', 'get', 'x-ms-pageable', 'itemName'] });
    expect(d!.message).toContain('x-ms-pageable has the unknown key "itemName"');
    expect(lineOf(d!)).toBe(lineAfter(doc, '"x-ms-pageable"', '"itemName"'));
    doc.paths['/tasks'].get['x-ms-pageable'] = {};
    expect(await messages('ppc-pageable-shape', doc)).toEqual([expect.stringContaining('has no "nextLinkName"')]);
    doc.paths['/tasks'].get['x-ms-pageable'] = { nextLinkName: null };
    expect(await messages('ppc-pageable-shape', doc)).toEqual([expect.stringContaining('"nextLinkName" that is not a string (null)')]);
    doc.paths['/tasks'].get['x-ms-pageable'] = true;
    expect(await messages('ppc-pageable-shape', doc)).toEqual([expect.stringContaining('is true, not an object')]);
  });

  it('ppc-pageable-nextlink-value accepts only nextLink and @odata.nextLink', async () => {
    expect(await lintRule('ppc-pageable-nextlink-value', pagedDoc('@odata.nextLink'))).toEqual([]);
    const doc = pagedDoc('nextlink');
    const [d] = await lintRule('ppc-pageable-nextlink-value', doc);
    expect(d).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/tasks', 'get', 'x-ms-pageable', 'nextLinkName'] });
    expect(d!.message).toBe(
      'x-ms-pageable.nextLinkName "nextlink" is not supported; use "nextLink" or "@odata.nextLink" and return the next page URL in that response property (Microsoft rejects other names: InvalidNextLinkNameValue).',
    );
  });

  it('ppc-pageable-nextlink-in-response resolves $refs and allOf', async () => {
    const doc = pagedDoc('@odata.nextLink');
    const [d] = await lintRule('ppc-pageable-nextlink-in-response', doc);
    expect(d).toMatchObject({ severity: SEVERITY.warn, path: ['paths', '/tasks', 'get', 'x-ms-pageable', 'nextLinkName'] });
    expect(d!.message).toContain('nextLinkName "@odata.nextLink" of "ListTasks" is not a property of its success response (200 has only "value", "nextLink")');
    doc.definitions.TaskPage = { allOf: [{ $ref: '#/definitions/Paging' }, { type: 'object', properties: { value: { type: 'array' } } }] };
    doc.definitions.Paging = { type: 'object', properties: { '@odata.nextLink': { type: 'string' } } };
    expect(await lintRule('ppc-pageable-nextlink-in-response', doc)).toEqual([]);
    // A bare array has no room for a next link.
    const bare = validSwagger();
    bare.paths['/tasks'].get['x-ms-pageable'] = { nextLinkName: 'nextLink' };
    expect(await messages('ppc-pageable-nextlink-in-response', bare)).toEqual([expect.stringContaining('(200 returns an array)')]);
    // Open or unresolvable schemas prove nothing.
    bare.paths['/tasks'].get.responses['200'].schema = { type: 'object' };
    expect(await lintRule('ppc-pageable-nextlink-in-response', bare)).toEqual([]);
    bare.paths['/tasks'].get.responses['200'].schema = { $ref: '#/definitions/Nowhere' };
    expect(await lintRule('ppc-pageable-nextlink-in-response', bare)).toEqual([]);
  });
});
