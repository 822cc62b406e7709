import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

const STRING_RULES = [
  'ppc-param-x-ms-summary',
  'ppc-param-description',
  'ppc-param-body-x-ms-summary',
  'ppc-param-summary-length',
  'ppc-param-summary-title-case',
  'ppc-param-summary-chars',
  'ppc-param-description-sentence',
  'ppc-param-description-meaningful',
  'ppc-param-summary-not-description',
  'ppc-param-no-product-names',
];

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

/** A second visible query parameter on GET /tasks. */
function withQueryParam(extra: Record<string, unknown>): Record<string, any> {
  const doc = validSwagger();
  doc.paths['/tasks'].get.parameters.push({ name: 'top', in: 'query', type: 'integer', 'x-ms-summary': 'Top', description: 'How many tasks to return.', ...extra });
  return doc;
}

describe('parameter string rules', () => {
  it('are silent on the valid fixture', async () => {
    for (const id of STRING_RULES) expect(await lintRule(id, validSwagger())).toEqual([]);
  });

  it('reports a shared #/parameters defect once, at the definition line', async () => {
    const doc = validSwagger();
    delete doc.parameters.TaskId['x-ms-summary'];
    delete doc.parameters.TaskId.description;
    for (const id of ['ppc-param-x-ms-summary', 'ppc-param-description']) {
      const results = await lintRule(id, doc);
      expect(results).toHaveLength(1);
      expect(results[0]!.path).toEqual(['parameters', 'TaskId']);
      expect(lineOf(results[0]!)).toBe(lineContaining(text(doc), '"TaskId": {'));
    }
  });

  it('ppc-param-summary-length flags long labels only', async () => {
    const long = withQueryParam({ 'x-ms-summary': 'Word '.repeat(20).trim() });
    const [tooLong] = await lintRule('ppc-param-summary-length', long);
    expect(tooLong).toMatchObject({ severity: SEVERITY.warn, path: ['paths', '/tasks', 'get', 'parameters', '1', 'x-ms-summary'] });
    expect(tooLong!.message).toContain('Parameter "top" has an x-ms-summary of 99 characters');
    expect(tooLong!.message).toContain('shorten the label to 80 characters or fewer');
    // Casing is not a length problem: ppc-param-summary-title-case owns it.
    expect(await lintRule('ppc-param-summary-length', withQueryParam({ 'x-ms-summary': 'number of tasks' }))).toEqual([]);
    expect(await lintRule('ppc-param-summary-length', withQueryParam({ 'x-ms-summary': 'Word '.repeat(16).trim() }))).toEqual([]);
  });

  it('ppc-param-description-sentence leaves a description that repeats the name or label to the rule that owns it', async () => {
    const sameAsLabel = withQueryParam({ 'x-ms-summary': 'Task Count', description: 'task count' });
    expect(await lintRule('ppc-param-description-sentence', sameAsLabel)).toEqual([]);
    expect(await lintRule('ppc-param-summary-not-description', sameAsLabel)).toHaveLength(1);
    const sameAsName = withQueryParam({ name: 'publickey', 'x-ms-summary': 'Key', description: 'public key' });
    expect(await lintRule('ppc-param-description-sentence', sameAsName)).toEqual([]);
    expect(await lintRule('ppc-param-description-meaningful', sameAsName)).toHaveLength(1);
  });

  it('ppc-param-description-meaningful flags a description that only repeats the name', async () => {
    const [finding] = await lintRule('ppc-param-description-meaningful', withQueryParam({ name: 'pageSize', description: 'Page size.' }));
    expect(finding).toMatchObject({ severity: SEVERITY.warn, path: ['paths', '/tasks', 'get', 'parameters', '1', 'description'] });
    expect(finding!.message).toContain('Parameter "pageSize" has the description "Page size.", which only repeats its name');
    // Equal to the summary too: left to ppc-param-summary-not-description.
    expect(await lintRule('ppc-param-description-meaningful', withQueryParam({ name: 'pageSize', 'x-ms-summary': 'Page Size', description: 'Page size.' }))).toEqual([]);
  });

  it('ignore what a wrong $ref leads to (ppc-param-ref-valid reports the reference)', async () => {
    const doc = validSwagger();
    doc.paths['/tasks/{taskId}'].get.parameters[0].$ref = '#/definitions/Task';
    for (const id of STRING_RULES) expect(await lintRule(id, doc)).toEqual([]);
  });

  it('do not crash on odd parameter lists', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.parameters = [null, 'x', 3, [], { $ref: '#/parameters/Missing' }, { name: 7, in: 5, 'x-ms-summary': ['a'], description: {} }];
    doc.paths['/tasks'].parameters = { not: 'a list' };
    doc.parameters.Odd = null;
    for (const id of STRING_RULES) await expect(lintRule(id, doc)).resolves.toBeInstanceOf(Array);
  });

  it('skip the parameters of deprecated operations', async () => {
    for (const [id, extra] of [['ppc-param-x-ms-summary', { 'x-ms-summary': undefined }], ['ppc-param-summary-title-case', { 'x-ms-summary': 'max tasks' }], ['ppc-param-description-sentence', { description: 'How many tasks' }]] as const) {
      const doc = withQueryParam(extra);
      expect({ id, found: (await lintRule(id, doc)).length }).toEqual({ id, found: 1 });
      doc.paths['/tasks'].get.deprecated = true;
      expect({ id, found: (await lintRule(id, doc)).length }).toEqual({ id, found: 0 });
    }
  });
});
