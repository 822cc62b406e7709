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

  it('ppc-param-x-ms-summary reports a missing label at the parameter', async () => {
    const doc = validSwagger();
    delete doc.paths['/tasks'].get.parameters[0]['x-ms-summary'];
    const results = await lintRule('ppc-param-x-ms-summary', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ code: 'ppc-param-x-ms-summary', severity: SEVERITY.error, path: ['paths', '/tasks', 'get', 'parameters', '0'] });
    expect(results[0]!.message).toBe(
      'Parameter "status" has no "x-ms-summary"; add a short title-case label (Microsoft rejects visible parameters without "x-ms-summary").',
    );
    expect(lineOf(results[0]!)).toBe(lineContaining(text(doc), '"name": "status"') - 1);
  });

  it('ppc-param-x-ms-summary reports an empty label at the field', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.parameters[0]['x-ms-summary'] = ' ';
    const [finding] = await lintRule('ppc-param-x-ms-summary', doc);
    expect(finding!.path).toEqual(['paths', '/tasks', 'get', 'parameters', '0', 'x-ms-summary']);
    expect(finding!.message).toContain('has an empty "x-ms-summary"');
    doc.paths['/tasks'].get.parameters[0]['x-ms-summary'] = 7;
    const [typed] = await lintRule('ppc-param-x-ms-summary', doc);
    expect(typed!.message).toContain('has a non-string "x-ms-summary" (7)');
  });

  it('ppc-param-x-ms-summary skips body parameters, internal parameters and parameters of internal operations', async () => {
    const doc = validSwagger();
    delete doc.paths['/tasks'].post.parameters[0]['x-ms-summary'];
    expect(await lintRule('ppc-param-x-ms-summary', doc)).toEqual([]);

    delete doc.paths['/tasks'].get.parameters[0]['x-ms-summary'];
    doc.paths['/tasks'].get.parameters[0]['x-ms-visibility'] = 'Internal';
    expect(await lintRule('ppc-param-x-ms-summary', doc)).toEqual([]);

    delete doc.paths['/tasks'].get.parameters[0]['x-ms-visibility'];
    doc.paths['/tasks'].get['x-ms-visibility'] = 'internal';
    expect(await lintRule('ppc-param-x-ms-summary', doc)).toEqual([]);
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

  it('skips a shared parameter that only internal operations use, and unused ones', async () => {
    const doc = validSwagger();
    delete doc.parameters.TaskId['x-ms-summary'];
    doc.paths['/tasks/{taskId}'].get['x-ms-visibility'] = 'internal';
    expect(await lintRule('ppc-param-x-ms-summary', doc)).toHaveLength(1); // DELETE still shows it
    doc.paths['/tasks/{taskId}'].delete['x-ms-visibility'] = 'internal';
    expect(await lintRule('ppc-param-x-ms-summary', doc)).toEqual([]);

    const unused = validSwagger();
    unused.parameters.Unused = { name: 'unused', in: 'query', type: 'string' };
    expect(await lintRule('ppc-param-x-ms-summary', unused)).toEqual([]);
  });

  it('checks path-level parameters unless every operation of the path is internal', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].parameters = [{ name: 'tenant', in: 'header', type: 'string', description: 'The tenant.' }];
    const results = await lintRule('ppc-param-x-ms-summary', doc);
    expect(results).toHaveLength(1);
    expect(results[0]!.path).toEqual(['paths', '/tasks', 'parameters', '0']);
    doc.paths['/tasks'].get['x-ms-visibility'] = 'internal';
    doc.paths['/tasks'].post['x-ms-visibility'] = 'internal';
    expect(await lintRule('ppc-param-x-ms-summary', doc)).toEqual([]);
  });

  it('ppc-param-description names the parameter', async () => {
    const doc = validSwagger();
    delete doc.paths['/tasks'].get.parameters[0].description;
    const results = await lintRule('ppc-param-description', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/tasks', 'get', 'parameters', '0'] });
    expect(results[0]!.message).toContain('Parameter "status" has no "description"');
  });

  it('ppc-param-body-x-ms-summary reports each missing field of a visible body parameter', async () => {
    const doc = validSwagger();
    delete doc.paths['/tasks'].post.parameters[0]['x-ms-summary'];
    delete doc.paths['/tasks'].post.parameters[0].description;
    const results = await lintRule('ppc-param-body-x-ms-summary', doc);
    expect(results.map((r) => r.message)).toEqual([
      expect.stringContaining('Body parameter "body" has no "x-ms-summary"'),
      expect.stringContaining('Body parameter "body" has no "description"'),
    ]);
    expect(results[0]!.severity).toBe(SEVERITY.info);
    doc.paths['/tasks'].post['x-ms-visibility'] = 'internal';
    expect(await lintRule('ppc-param-body-x-ms-summary', doc)).toEqual([]);
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

  it('ppc-param-summary-title-case flags labels not in title case', async () => {
    const [notTitle] = await lintRule('ppc-param-summary-title-case', withQueryParam({ 'x-ms-summary': 'Number of tasks' }));
    expect(notTitle).toMatchObject({ severity: SEVERITY.warn, path: ['paths', '/tasks', 'get', 'parameters', '1', 'x-ms-summary'] });
    expect(notTitle!.message).toBe(
      'Parameter "top" has an x-ms-summary "Number of tasks" that is not in title case ("tasks"); capitalise each main word of the label (Microsoft\'s string guidance).',
    );
    for (const ok of ['Number of Tasks', 'iPhone Model', 'Top (Max 100)', 'Task ID', '2nd Owner', 'Word '.repeat(20).trim()]) {
      expect(await lintRule('ppc-param-summary-title-case', withQueryParam({ 'x-ms-summary': ok }))).toEqual([]);
    }
  });

  it('ppc-param-summary-chars names the first character outside letters, digits, spaces and parentheses', async () => {
    const [finding] = await lintRule('ppc-param-summary-chars', withQueryParam({ 'x-ms-summary': 'Top-N Tasks' }));
    expect(finding).toMatchObject({ severity: SEVERITY.info, path: ['paths', '/tasks', 'get', 'parameters', '1', 'x-ms-summary'] });
    expect(finding!.message).toContain('"Top-N Tasks" with "-"');
    expect(await lintRule('ppc-param-summary-chars', withQueryParam({ 'x-ms-summary': 'Größe (Anzahl)' }))).toEqual([]);
  });

  it('ppc-param-description-sentence wants final punctuation', async () => {
    const [finding] = await lintRule('ppc-param-description-sentence', withQueryParam({ description: 'How many tasks to return' }));
    expect(finding).toMatchObject({ severity: SEVERITY.warn, path: ['paths', '/tasks', 'get', 'parameters', '1', 'description'] });
    expect(finding!.message).toContain('has a description "How many tasks to return" without final punctuation');
    const long = await lintRule('ppc-param-description-sentence', withQueryParam({ description: `${'A very long description '.repeat(3)}that ends without a period` }));
    expect(long[0]!.message).toContain('ending "…');
    for (const ok of ['How many tasks?', 'The count (default 10).', 'Use "all".', 'Wie viele Aufgaben!']) {
      expect(await lintRule('ppc-param-description-sentence', withQueryParam({ description: ok }))).toEqual([]);
    }
  });

  it('ppc-param-description-sentence exempts single words, as every sentence rule does', async () => {
    expect(await lintRule('ppc-param-description-sentence', withQueryParam({ name: 'limit', 'x-ms-summary': 'Limit', description: 'Count' }))).toEqual([]);
    expect(await lintRule('ppc-param-description-sentence', withQueryParam({ name: 'limit', 'x-ms-summary': 'Limit', description: 'Item count' }))).toHaveLength(1);
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

  it('ppc-param-summary-not-description compares case and punctuation insensitively', async () => {
    const [finding] = await lintRule('ppc-param-summary-not-description', withQueryParam({ 'x-ms-summary': 'Top', description: 'top.' }));
    expect(finding).toMatchObject({ severity: SEVERITY.warn, path: ['paths', '/tasks', 'get', 'parameters', '1', 'description'] });
    expect(finding!.message).toContain('Parameter "top" has the same x-ms-summary and description ("top.")');
  });

  it('ppc-param-no-product-names checks both strings of visible parameters', async () => {
    const doc = withQueryParam({ 'x-ms-summary': 'Power Apps Top', description: 'How many tasks to show in Power Automate.' });
    const results = await lintRule('ppc-param-no-product-names', doc);
    expect(results.map((r) => r.path.at(-1))).toEqual(['x-ms-summary', 'description']);
    expect(results[0]!.severity).toBe(SEVERITY.error);
    expect(results[1]!.message).toContain('naming "Power Automate"');
    doc.paths['/tasks'].get.parameters[1]['x-ms-visibility'] = 'internal';
    expect(await lintRule('ppc-param-no-product-names', doc)).toEqual([]);
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
