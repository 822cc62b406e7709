import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

async function descriptionFindings(id: string, description: unknown, hidden = false) {
  const doc = validSwagger();
  doc.paths['/tasks'].get.description = description;
  if (hidden) doc.paths['/tasks'].get['x-ms-visibility'] = 'internal';
  return lintRule(id, doc);
}

const DESCRIPTION_RULES = [
  'ppc-description-op-required',
  'ppc-description-op-sentence',
  'ppc-description-op-differs',
  'ppc-description-op-no-product-names',
  'ppc-description-no-urls',
];

describe('operation description rules', () => {
  it('ppc-description-op-required reports missing and blank descriptions of visible operations', async () => {
    const doc = validSwagger();
    delete doc.paths['/tasks'].get.description;
    doc.paths['/tasks'].post.description = ' ';
    delete doc.paths['/tasks/{taskId}'].delete.description;
    doc.paths['/tasks/{taskId}'].delete['x-ms-visibility'] = 'internal';
    const results = await lintRule('ppc-description-op-required', doc);
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({ code: 'ppc-description-op-required', severity: SEVERITY.error, path: ['paths', '/tasks', 'get'] });
    expect(results[0]!.message).toBe(
      'Operation "ListTasks" has no description; add a sentence that says what the operation does (Microsoft rejects visible operations without a description).',
    );
    expect(results[1]!.message).toContain('"CreateTask" has an empty description');
    expect(lineOf(results[1]!)).toBe(lineContaining(text(doc), '"description": " "'));
  });

  it('ppc-description-op-sentence warns without final punctuation, except for single words and "(deprecated)"', async () => {
    const results = await descriptionFindings('ppc-description-op-sentence', 'Lists the tasks of the signed-in user');
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.warn, path: ['paths', '/tasks', 'get', 'description'] });
    expect(results[0]!.message).toBe(
      'Description "Lists the tasks of the signed-in user" does not end with a period; write it as a full sentence ending with punctuation (Microsoft certification guidance).',
    );
    const long = await descriptionFindings('ppc-description-op-sentence', `${'Lists the tasks. '.repeat(10)}And more`);
    expect(long[0]!.message).toMatch(/^Description "….*And more" does not end/);
    for (const ok of ['Lists tasks.', 'Is it done?', 'Lists "open" tasks (see the docs.)', 'Tasks', 'Lists the tasks (deprecated)', '  Lists tasks.  ']) {
      expect(await descriptionFindings('ppc-description-op-sentence', ok)).toEqual([]);
    }
    expect(await descriptionFindings('ppc-description-op-sentence', 'Lists the tasks', true)).toEqual([]);
  });

  it('ppc-description-op-differs warns when the description repeats the summary', async () => {
    const results = await descriptionFindings('ppc-description-op-differs', '  list   TASKS. ');
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.warn, path: ['paths', '/tasks', 'get', 'description'] });
    expect(results[0]!.message).toContain('"  list   TASKS. " repeats the summary');
    expect(await descriptionFindings('ppc-description-op-differs', 'List tasks.', true)).toEqual([]);
    expect(await descriptionFindings('ppc-description-op-differs', '')).toEqual([]);
  });

  it('a description that repeats the summary is reported once, by ppc-description-op-differs', async () => {
    // The fixture's summary is "List tasks"; without a period the description both repeats it and is no sentence.
    expect(await descriptionFindings('ppc-description-op-differs', 'List tasks')).toHaveLength(1);
    expect(await descriptionFindings('ppc-description-op-sentence', 'List tasks')).toEqual([]);
    expect(await descriptionFindings('ppc-description-op-sentence', 'List all tasks')).toHaveLength(1);
    expect(await descriptionFindings('ppc-description-op-differs', 'List all tasks')).toEqual([]);
  });

  it('ppc-description-op-no-product-names reports product names', async () => {
    const results = await descriptionFindings('ppc-description-op-no-product-names', 'Lists the tasks for your Logic Apps.');
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/tasks', 'get', 'description'] });
    expect(results[0]!.message).toContain('contains "Logic Apps"');
    expect(await descriptionFindings('ppc-description-op-no-product-names', 'Lists the tasks for your Logic Apps.', true)).toEqual([]);
  });

  it('ppc-description-no-urls reports URLs in operation, parameter and property descriptions where they are written', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.description = 'Lists tasks. See https://docs.contoso.com/tasks.';
    doc.paths['/tasks'].get.parameters[0].description = 'Status, see www.contoso.com/status for values.';
    doc.definitions.Task.properties.id.description = 'The ID (http://contoso.com/ids).';
    doc.parameters.TaskId.description = 'See https://contoso.com/id.';
    doc.paths['/tasks'].post.description = 'Hidden https://hidden.example.com';
    doc.paths['/tasks'].post['x-ms-visibility'] = 'internal';
    const results = await lintRule('ppc-description-no-urls', doc);
    expect(results.map((r) => r.path.join('/'))).toEqual([
      'paths//tasks/get/description',
      'paths//tasks/get/parameters/0/description',
      'definitions/Task/properties/id/description',
      'parameters/TaskId/description',
    ]);
    expect(results[0]).toMatchObject({ severity: SEVERITY.info });
    expect(results[0]!.message).toBe(
      'Operation description contains the URL "https://docs.contoso.com/tasks."; describe the value in words and move links to the readme (community certification guidance).',
    );
    expect(results[1]!.message).toContain('Parameter description contains the URL "www.contoso.com/status"');
    expect(results[2]!.message).toContain('Property description contains the URL "http://contoso.com/ids"');
    expect(lineOf(results[2]!)).toBe(lineContaining(text(doc), 'http://contoso.com/ids'));
  });

  it('all description rules are silent on the valid fixture and survive odd descriptions', async () => {
    for (const id of DESCRIPTION_RULES) {
      expect(await lintRule(id, validSwagger())).toEqual([]);
      for (const odd of [null, 42, ['x'], { a: 1 }, 'x '.repeat(50_000)]) await expect(descriptionFindings(id, odd)).resolves.toBeDefined();
    }
    const odd = validSwagger();
    odd.paths['/tasks'].get.parameters = { not: 'an array' };
    odd.definitions.Task.properties = [1, 2];
    odd.parameters = null;
    await expect(lintRule('ppc-description-no-urls', odd)).resolves.toEqual([]);
  });

  it('skip deprecated operations: no new text is asked of them', async () => {
    for (const [id, description] of [['ppc-description-op-required', undefined], ['ppc-description-op-sentence', 'Lists the tasks'], ['ppc-description-op-differs', 'List tasks.']] as const) {
      const doc = validSwagger();
      doc.paths['/tasks'].get.description = description;
      expect({ id, found: (await lintRule(id, doc)).length }).toEqual({ id, found: 1 });
      doc.paths['/tasks'].get.deprecated = true;
      expect({ id, found: (await lintRule(id, doc)).length }).toEqual({ id, found: 0 });
    }
  });
});
