import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

describe('title rules', () => {
  it('ppc-title-required fires on an empty title and a missing one', async () => {
    const doc = validSwagger();
    doc.info.title = '  ';
    const [finding, ...rest] = await lintRule('ppc-title-required', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ code: 'ppc-title-required', severity: SEVERITY.error, path: ['info', 'title'] });
    expect(finding!.message).toContain('is empty');
    expect(lineOf(finding!)).toBe(lineContaining(JSON.stringify(doc, null, 4), '"title"'));

    delete doc.info.title;
    const missing = await lintRule('ppc-title-required', doc);
    expect(missing).toHaveLength(1);
    expect(missing[0]!.path).toEqual(['info']);
    expect(missing[0]!.message).toContain('is missing');
  });

  it('ppc-title-max-length names the title and its length', async () => {
    const doc = validSwagger();
    doc.info.title = 'Contoso Enterprise Task Management Suite';
    const results = await lintRule('ppc-title-max-length', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.error, path: ['info', 'title'] });
    expect(results[0]!.message).toBe(
      'Title "Contoso Enterprise Task Management Suite" has 40 characters; shorten it to 30 characters or fewer (Microsoft rejects longer titles).',
    );
    doc.info.title = 'x'.repeat(30);
    expect(await lintRule('ppc-title-max-length', doc)).toHaveLength(0);
  });

  it('ppc-title-no-api-connector matches whole words only', async () => {
    const doc = validSwagger();
    doc.info.title = 'Contoso Tasks Api';
    const results = await lintRule('ppc-title-no-api-connector', doc);
    expect(results).toHaveLength(1);
    expect(results[0]!.message).toContain('contains "Api"');
    doc.info.title = 'Rapido Connectors';
    expect(await lintRule('ppc-title-no-api-connector', doc)).toHaveLength(0);
  });

  it('ppc-title-no-product-names names the product', async () => {
    const doc = validSwagger();
    doc.info.title = 'Contoso for PowerAutomate';
    const results = await lintRule('ppc-title-no-product-names', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ code: 'ppc-title-no-product-names', severity: SEVERITY.error, path: ['info', 'title'] });
    expect(results[0]!.message).toBe(
      'Title "Contoso for PowerAutomate" contains "PowerAutomate"; remove the product name (Microsoft rejects titles that name Power Platform products).',
    );
    expect(lineOf(results[0]!)).toBe(lineContaining(JSON.stringify(doc, null, 4), '"title"'));
    for (const title of ['Logic App Tools', 'Copilot Studio Kit', 'Microsoft Flow Helper', 'Power Platform Tasks']) {
      doc.info.title = title;
      expect({ title, fired: (await lintRule('ppc-title-no-product-names', doc)).length }).toEqual({ title, fired: 1 });
    }
    doc.info.title = 'PowerAppsKit Tasks';
    expect(await lintRule('ppc-title-no-product-names', doc)).toEqual([]);
  });

  it('ppc-title-ends-alphanumeric flags punctuation and white space, not a final parenthesis', async () => {
    const doc = validSwagger();
    const cases: Array<[string, string | null]> = [
      ['Contoso Tasks.', 'ends with "."'],
      ['Contoso Tasks ', 'ends with a space'],
      ['Contoso Tasks\r\n', 'ends with a line break'],
      ['Contoso Tasks\t', 'ends with a tab'],
      ['Airtable [DEPRECATED]', 'ends with "]"'],
      ['Contoso Tasks!', 'ends with "!"'],
      ['Contoso Tasks (EU)', null],
      ['Contoso 365', null],
      ['Brønnøysund Registrene', null],
      ['Café', null],
      ['', null],
    ];
    for (const [title, expected] of cases) {
      doc.info.title = title;
      const results = await lintRule('ppc-title-ends-alphanumeric', doc);
      expect({ title, messages: results.map((r) => r.message.split(';')[0]) }).toEqual({ title, messages: expected === null ? [] : [expect.stringContaining(expected)] });
    }
    doc.info.title = 'Contoso Tasks.';
    const [result] = await lintRule('ppc-title-ends-alphanumeric', doc);
    expect(result).toMatchObject({ code: 'ppc-title-ends-alphanumeric', severity: SEVERITY.error, path: ['info', 'title'] });
    expect(result!.message).toBe(
      'Title "Contoso Tasks." ends with "."; end it with a letter or digit (Microsoft rejects titles that end with a non-alphanumeric character).',
    );
    doc.info.title = 42;
    expect(await lintRule('ppc-title-ends-alphanumeric', doc)).toEqual([]);
  });

  it('ppc-title-ends-parenthesis warns on a final parenthesis only', async () => {
    const doc = validSwagger();
    doc.info.title = 'Asite (Hong Kong)';
    const results = await lintRule('ppc-title-ends-parenthesis', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ code: 'ppc-title-ends-parenthesis', severity: SEVERITY.warn, path: ['info', 'title'] });
    expect(results[0]!.message).toContain('Title "Asite (Hong Kong)" ends with ")"; prefer a title that ends with a letter or digit');
    doc.info.title = 'Contoso Tasks.';
    expect(await lintRule('ppc-title-ends-parenthesis', doc)).toEqual([]);
  });

  it('ppc-title-english flags other scripts and mostly accented names', async () => {
    const doc = validSwagger();
    doc.info.title = 'Contoso 東京';
    const results = await lintRule('ppc-title-english', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ code: 'ppc-title-english', severity: SEVERITY.error, path: ['info', 'title'] });
    expect(results[0]!.message).toBe(
      'Title "Contoso 東京" has letters outside the Latin alphabet ("東京"); write the title in English (Microsoft rejects titles that are not in English).',
    );
    doc.info.title = 'Ŵŷŝ Ćàfé';
    expect((await lintRule('ppc-title-english', doc))[0]!.message).toContain('is mostly accented letters');
    for (const title of ['OpenText™ Core Share', 'Brønnøysund Registers', 'Café Tasks', '365', 'Zoho CRM v2']) {
      doc.info.title = title;
      expect({ title, results: await lintRule('ppc-title-english', doc) }).toEqual({ title, results: [] });
    }
  });

  it('all title rules are silent on the valid fixture', async () => {
    for (const id of [
      'ppc-title-required',
      'ppc-title-max-length',
      'ppc-title-no-api-connector',
      'ppc-title-no-product-names',
      'ppc-title-ends-alphanumeric',
      'ppc-title-ends-parenthesis',
      'ppc-title-english',
    ]) {
      expect(await lintRule(id, validSwagger())).toEqual([]);
    }
  });
});
