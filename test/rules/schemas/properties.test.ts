import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);
const IDS = ['ppc-property-x-ms-summary', 'ppc-property-description', 'ppc-response-property-x-ms-summary', 'ppc-property-title'];

describe('schema property rules', () => {
  it('are silent on the valid fixture and survive odd input', async () => {
    for (const id of IDS) expect({ id, results: await lintRule(id, validSwagger()) }).toEqual({ id, results: [] });
    const doc = validSwagger();
    doc.definitions.Task.properties = { a: null, b: [], c: 'x', d: { $ref: '#/definitions/Missing' }, e: { $ref: '#/definitions/Task' } };
    doc.definitions.NewTask = { $ref: '#/definitions/NewTask' };
    for (const id of IDS) await expect(lintRule(id, doc)).resolves.toBeDefined();
  });

  it('ppc-property-x-ms-summary reports visible request properties once, through $refs', async () => {
    const doc = validSwagger();
    delete doc.definitions.NewTask.properties.dueDate['x-ms-summary'];
    const [finding, ...rest] = await lintRule('ppc-property-x-ms-summary', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ code: 'ppc-property-x-ms-summary', severity: SEVERITY.info, path: ['definitions', 'NewTask', 'properties', 'dueDate'] });
    expect(finding!.message).toContain('Request property "dueDate" has no x-ms-summary');
    expect(lineOf(finding!)).toBe(lineContaining(text(doc), '"dueDate"'));

    delete doc.definitions.NewTask.properties.title['x-ms-summary'];
    const [grouped] = await lintRule('ppc-property-x-ms-summary', doc);
    expect(grouped!.path).toEqual(['definitions', 'NewTask', 'properties']);
    expect(grouped!.message).toContain('Request properties "title" and "dueDate" have no x-ms-summary');

    doc.paths['/tasks'].post['x-ms-visibility'] = 'internal';
    expect(await lintRule('ppc-property-x-ms-summary', doc)).toEqual([]);
  });

  it('ppc-response-property-x-ms-summary skips properties shared with request bodies and hidden ones', async () => {
    const doc = validSwagger();
    delete doc.definitions.Task.properties.status['x-ms-summary'];
    delete doc.definitions.Task.properties.id['x-ms-summary'];
    doc.definitions.Task.properties.id['x-ms-visibility'] = 'internal';
    const [finding, ...rest] = await lintRule('ppc-response-property-x-ms-summary', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ severity: SEVERITY.info, path: ['definitions', 'Task', 'properties', 'status'] });
    expect(finding!.message).toContain('Response property "status" has no x-ms-summary');

    doc.paths['/tasks'].post.parameters[0].schema = { $ref: '#/definitions/Task' };
    expect(await lintRule('ppc-response-property-x-ms-summary', doc)).toEqual([]);
    expect(await lintRule('ppc-property-x-ms-summary', doc)).toHaveLength(1);
  });

  it('ppc-property-description reports missing descriptions and descriptions that repeat the name', async () => {
    const doc = validSwagger();
    delete doc.definitions.Task.properties.status.description;
    doc.definitions.NewTask.properties.dueDate.description = 'Due date.';
    doc.definitions.Task.properties.owner = { allOf: [{ $ref: '#/definitions/NewTask' }], 'x-ms-summary': 'Owner' };
    doc.definitions.NewTask.description = 'A task to create.';
    const results = await lintRule('ppc-property-description', doc);
    expect(results.map((r) => [r.path.join('/'), r.message.split(';')[0]])).toEqual([
      ['definitions/NewTask/properties/dueDate', 'Property "dueDate" has a description that only repeats its name ("Due date.")'],
      ['definitions/Task/properties/status', 'Property "status" has no description'],
    ]);
    expect(results[0]!.severity).toBe(SEVERITY.info);
  });

  it('ppc-property-title hints at titles that are not title case', async () => {
    const doc = validSwagger();
    doc.definitions.Task.properties.dueDate.title = 'due date';
    doc.definitions.Task.properties.status.title = 'Status of the Task';
    const [finding, ...rest] = await lintRule('ppc-property-title', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ severity: SEVERITY.hint, path: ['definitions', 'Task', 'properties', 'dueDate', 'title'] });
    expect(finding!.message).toContain('"due date" of "dueDate" is not in title case ("due")');
  });

  it('skip schemas that only deprecated operations use', async () => {
    const doc = validSwagger();
    delete doc.definitions.NewTask.properties.dueDate['x-ms-summary'];
    delete doc.definitions.NewTask.properties.dueDate.description;
    for (const id of ['ppc-property-x-ms-summary', 'ppc-property-description']) expect({ id, found: (await lintRule(id, doc)).length }).toEqual({ id, found: 1 });
    doc.paths['/tasks'].post.deprecated = true;
    for (const id of ['ppc-property-x-ms-summary', 'ppc-property-description']) expect({ id, found: (await lintRule(id, doc)).length }).toEqual({ id, found: 0 });
  });
});
