import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
const IDS = ['ppc-property-x-ms-summary', 'ppc-property-description', 'ppc-response-property-x-ms-summary', 'ppc-property-title'];

describe('schema property rules', () => {
  it('are silent on the valid fixture and survive odd input', async () => {
    for (const id of IDS) expect({ id, results: await lintRule(id, validSwagger()) }).toEqual({ id, results: [] });
    const doc = validSwagger();
    doc.definitions.Task.properties = { a: null, b: [], c: 'x', d: { $ref: '#/definitions/Missing' }, e: { $ref: '#/definitions/Task' } };
    doc.definitions.NewTask = { $ref: '#/definitions/NewTask' };
    for (const id of IDS) await expect(lintRule(id, doc)).resolves.toBeDefined();
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

  it('skip schemas that only deprecated operations use', async () => {
    const doc = validSwagger();
    delete doc.definitions.NewTask.properties.dueDate['x-ms-summary'];
    delete doc.definitions.NewTask.properties.dueDate.description;
    for (const id of ['ppc-property-x-ms-summary', 'ppc-property-description']) expect({ id, found: (await lintRule(id, doc)).length }).toEqual({ id, found: 1 });
    doc.paths['/tasks'].post.deprecated = true;
    for (const id of ['ppc-property-x-ms-summary', 'ppc-property-description']) expect({ id, found: (await lintRule(id, doc)).length }).toEqual({ id, found: 0 });
  });
});
