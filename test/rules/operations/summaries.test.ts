import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

async function summaryFindings(id: string, summary: unknown, hidden = false) {
  const doc = validSwagger();
  doc.paths['/tasks'].get.summary = summary;
  if (hidden) doc.paths['/tasks'].get['x-ms-visibility'] = 'internal';
  return lintRule(id, doc);
}

const SUMMARY_RULES = [
  'ppc-summary-required',
  'ppc-summary-max-length',
  'ppc-summary-restricted-chars',
  'ppc-summary-alnum-parens',
  'ppc-summary-no-trailing-punct',
  'ppc-summary-no-product-names',
  'ppc-summary-no-api-connector',
  'ppc-summary-english',
  'ppc-summary-naming-pattern',
];

describe('summary rules', () => {
  it('ppc-summary-required reports missing and empty summaries of visible operations only', async () => {
    const doc = validSwagger();
    delete doc.paths['/tasks'].get.summary;
    doc.paths['/tasks'].post.summary = '';
    delete doc.paths['/tasks/{taskId}'].get.summary;
    doc.paths['/tasks/{taskId}'].get['x-ms-visibility'] = 'Internal';
    const results = await lintRule('ppc-summary-required', doc);
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({ code: 'ppc-summary-required', severity: SEVERITY.error, path: ['paths', '/tasks', 'get'] });
    expect(results[0]!.message).toBe('Operation "ListTasks" has no summary; add a short summary such as "Get a task" (Microsoft rejects visible operations without one).');
    expect(results[1]).toMatchObject({ path: ['paths', '/tasks', 'post', 'summary'] });
    expect(results[1]!.message).toContain('"CreateTask" has an empty summary');
    expect(lineOf(results[1]!)).toBe(lineContaining(text(doc), '"summary": ""'));
  });

  it('ppc-summary-max-length allows 80 characters and names the length above', async () => {
    expect(await summaryFindings('ppc-summary-max-length', 'x'.repeat(80))).toEqual([]);
    const results = await summaryFindings('ppc-summary-max-length', 'x'.repeat(81));
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/tasks', 'get', 'summary'] });
    expect(results[0]!.message).toContain('has 81 characters; shorten it to 80 characters or fewer');
    expect(await summaryFindings('ppc-summary-max-length', 'x'.repeat(81), true)).toEqual([]);
  });

  it('ppc-summary-restricted-chars names every restricted character', async () => {
    const results = await summaryFindings('ppc-summary-restricted-chars', 'Get A/B & C?');
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/tasks', 'get', 'summary'] });
    expect(results[0]!.message).toBe(
      'Summary "Get A/B & C?" contains "/", "&", "?"; rephrase without / \\ < > * % & ? (Microsoft rejects these characters in summaries: RestrictedCharactersInSummary).',
    );
    expect(await summaryFindings('ppc-summary-restricted-chars', 'Get A/B', true)).toEqual([]);
  });

  it('ppc-summary-alnum-parens warns on other punctuation, leaving restricted and final characters to their rules', async () => {
    const results = await summaryFindings('ppc-summary-alnum-parens', "Excel - get a user's cell, value.");
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.warn, path: ['paths', '/tasks', 'get', 'summary'] });
    expect(results[0]!.message).toContain('contains "-", "\'", ","');
    expect(results[0]!.message).not.toContain('"."');
    expect(await summaryFindings('ppc-summary-alnum-parens', 'Get A/B')).toEqual([]);
    expect(await summaryFindings('ppc-summary-alnum-parens', 'List tasks (deprecated)')).toEqual([]);
  });

  it('ppc-summary-no-trailing-punct reports a final period or space and accepts ")"', async () => {
    const period = await summaryFindings('ppc-summary-no-trailing-punct', 'List tasks.');
    expect(period).toHaveLength(1);
    expect(period[0]).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/tasks', 'get', 'summary'] });
    expect(period[0]!.message).toBe(
      'Summary "List tasks." ends with "."; end it with a letter or digit (Microsoft rejects summaries that end with punctuation or a space).',
    );
    const space = await summaryFindings('ppc-summary-no-trailing-punct', 'List tasks ');
    expect(space[0]!.message).toContain('ends with whitespace');
    expect(await summaryFindings('ppc-summary-no-trailing-punct', 'List tasks (deprecated)')).toEqual([]);
    expect(await summaryFindings('ppc-summary-no-trailing-punct', 'List tasks V2')).toEqual([]);
    expect(await summaryFindings('ppc-summary-no-trailing-punct', 'List tasks.', true)).toEqual([]);
  });

  it('ppc-summary-no-product-names is an error and ppc-summary-no-api-connector a warning', async () => {
    const product = await summaryFindings('ppc-summary-no-product-names', 'Send to PowerApps');
    expect(product).toHaveLength(1);
    expect(product[0]).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/tasks', 'get', 'summary'] });
    expect(product[0]!.message).toContain('"Send to PowerApps" contains "PowerApps"');
    expect(await summaryFindings('ppc-summary-no-product-names', 'Send to PowerApps', true)).toEqual([]);

    const api = await summaryFindings('ppc-summary-no-api-connector', 'Call the Contoso API');
    expect(api).toHaveLength(1);
    expect(api[0]).toMatchObject({ severity: SEVERITY.warn });
    expect(api[0]!.message).toContain('contains "API"');
    expect(await summaryFindings('ppc-summary-no-api-connector', 'List rapid tasks')).toEqual([]);
  });

  it('ppc-summary-english flags non-Latin scripts and clearly foreign phrases only', async () => {
    const russian = await summaryFindings('ppc-summary-english', 'Получить задачу');
    expect(russian).toHaveLength(1);
    expect(russian[0]).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/tasks', 'get', 'summary'] });
    expect(russian[0]!.message).toContain('has letters outside the Latin alphabet ("Получить")');
    const spanish = await summaryFindings('ppc-summary-english', 'Obtener los datos del cliente');
    expect(spanish[0]!.message).toContain('reads like another language ("los", "del")');
    for (const ok of ['Get La Liga standings', 'List café orders', 'Get data for Société Générale', 'Convert PDF to Word']) {
      expect(await summaryFindings('ppc-summary-english', ok)).toEqual([]);
    }
    expect(await summaryFindings('ppc-summary-english', 'Получить задачу', true)).toEqual([]);
  });

  it('ppc-summary-naming-pattern suggests the imperative for actions and skips triggers', async () => {
    const gets = await summaryFindings('ppc-summary-naming-pattern', 'Gets the tasks of a user');
    expect(gets).toHaveLength(1);
    expect(gets[0]).toMatchObject({ severity: SEVERITY.info, path: ['paths', '/tasks', 'get', 'summary'] });
    expect(gets[0]!.message).toBe(
      'Summary "Gets the tasks of a user" starts with "Gets" instead of the imperative "Get"; start action summaries with a verb in the imperative (Microsoft string guidance).',
    );
    expect((await summaryFindings('ppc-summary-naming-pattern', 'Creating a task'))[0]!.message).toContain('instead of the imperative "Create"');
    expect((await summaryFindings('ppc-summary-naming-pattern', 'The tasks'))[0]!.message).toContain('starts with the article "The"');
    for (const ok of ['List tasks', 'Returns for an order', 'Lists of tasks', 'PDF - Merge files', 'Settings of a user']) {
      expect(await summaryFindings('ppc-summary-naming-pattern', ok)).toEqual([]);
    }
    const trigger = validSwagger();
    trigger.paths['/tasks'].get.summary = 'The task is created';
    trigger.paths['/tasks'].get['x-ms-trigger'] = 'batch';
    expect(await lintRule('ppc-summary-naming-pattern', trigger)).toEqual([]);
  });

  it('all summary rules are silent on the valid fixture and survive odd summaries', async () => {
    for (const id of SUMMARY_RULES) {
      expect(await lintRule(id, validSwagger())).toEqual([]);
      for (const odd of [null, 42, ['List'], { text: 'x' }, 'x'.repeat(100_000)]) {
        await expect(summaryFindings(id, odd)).resolves.toBeDefined();
      }
    }
  });

  it('skip deprecated operations: no new text is asked of them', async () => {
    for (const [id, summary] of [['ppc-summary-required', undefined], ['ppc-summary-max-length', 'List '.repeat(20)], ['ppc-summary-no-trailing-punct', 'List tasks.']] as const) {
      const doc = validSwagger();
      doc.paths['/tasks'].get.summary = summary;
      expect({ id, found: (await lintRule(id, doc)).length }).toEqual({ id, found: 1 });
      doc.paths['/tasks'].get.deprecated = true;
      expect({ id, found: (await lintRule(id, doc)).length }).toEqual({ id, found: 0 });
    }
  });
});
