import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);
const META = 'x-ms-connector-metadata';

describe('connector metadata rules', () => {
  const ids = [
    'ppc-metadata-required',
    'ppc-metadata-shape',
    'ppc-metadata-entries',
    'ppc-metadata-entries-case',
    'ppc-metadata-urls',
    'ppc-metadata-urls-https',
    'ppc-metadata-categories-allowed',
    'ppc-metadata-categories-max',
  ];

  it('all are silent on the valid fixture', async () => {
    for (const id of ids) expect({ id, results: await lintRule(id, validSwagger()) }).toEqual({ id, results: [] });
  });

  it('ppc-metadata-required reports a missing array', async () => {
    const doc = validSwagger();
    delete doc[META];
    const [finding, ...rest] = await lintRule('ppc-metadata-required', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ code: 'ppc-metadata-required', severity: SEVERITY.error, path: [] });
    expect(finding!.message).toMatch(/^x-ms-connector-metadata is missing; add the root array/);
  });

  it('ppc-metadata-shape reports wrong types, capitalised and unknown keys', async () => {
    const doc = validSwagger();
    doc[META][0] = { PropertyName: 'Website', propertyValue: 'https://www.contoso.com', note: 'x' };
    doc[META][1].propertyValue = 5;
    doc[META][2] = 'Categories';
    const results = await lintRule('ppc-metadata-shape', doc);
    const messages = results.map((r) => r.message);
    expect(results.every((r) => r.severity === SEVERITY.error)).toBe(true);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('entry 0 has "PropertyName" instead of "propertyName"'),
        expect.stringContaining('entry 0 has the unknown key "note"'),
        expect.stringContaining('entry 1 has a propertyValue that is not a string (5)'),
        expect.stringContaining('entry 2 is "Categories", not an object'),
      ]),
    );
    expect(results).toHaveLength(4);
    const capital = results.find((r) => r.message.includes('PropertyName'))!;
    expect(capital.path).toEqual([META, '0', 'PropertyName']);
    expect(lineOf(capital)).toBe(lineContaining(text(doc), '"PropertyName"'));
    doc[META] = { Website: 'https://www.contoso.com' };
    expect((await lintRule('ppc-metadata-shape', doc))[0]!.message).toContain('is {"Website":"https://www.contoso.com"}, not an array');
    doc[META] = [{}];
    expect((await lintRule('ppc-metadata-shape', doc)).map((r) => r.message)).toEqual([
      expect.stringContaining('entry 0 has no "propertyName"'),
      expect.stringContaining('entry 0 has no "propertyValue"'),
    ]);
  });

  it('ppc-metadata-entries reports each missing entry, ignoring case', async () => {
    const doc = validSwagger();
    doc[META] = [{ propertyName: 'privacy POLICY', propertyValue: 'https://www.contoso.com/privacy' }];
    const results = await lintRule('ppc-metadata-entries', doc);
    expect(results.map((r) => r.message)).toEqual([
      'x-ms-connector-metadata has no "Website" entry; add { "propertyName": ..., "propertyValue": ... } for it (Microsoft requires Website, Privacy policy and Categories).',
      expect.stringContaining('has no "Categories" entry'),
    ]);
    expect(results[0]).toMatchObject({ code: 'ppc-metadata-entries', severity: SEVERITY.error, path: [META] });
    expect(lineOf(results[0]!)).toBe(lineContaining(text(doc), `"${META}"`));
    doc[META] = 'nope';
    expect(await lintRule('ppc-metadata-entries', doc)).toEqual([]);
  });

  it('ppc-metadata-entries-case warns on "Privacy Policy"', async () => {
    const doc = validSwagger();
    doc[META][1].propertyName = 'Privacy Policy';
    doc[META][0].propertyName = 'WebSite';
    const results = await lintRule('ppc-metadata-entries-case', doc);
    expect(results).toHaveLength(2);
    const privacy = results.find((r) => r.message.includes('Privacy'))!;
    expect(privacy).toMatchObject({ code: 'ppc-metadata-entries-case', severity: SEVERITY.warn, path: [META, '1', 'propertyName'] });
    expect(privacy.message).toBe('Metadata name "Privacy Policy" should be spelt "Privacy policy"; keep the documented spelling (the certification docs say not to change the propertyName).');
    expect(lineOf(privacy)).toBe(lineContaining(text(doc), '"Privacy Policy"'));
  });

  it('ppc-metadata-urls reports values that are not absolute http(s) URLs', async () => {
    const doc = validSwagger();
    const cases: Array<[unknown, string]> = [
      ['www.contoso.com', 'is not an absolute URL (it lacks "https://")'],
      ['hhttps://www.contoso.com', 'has the scheme "hhttps" (use https)'],
      ['https://wwwcontosocom/privacy', 'has no valid host name'],
      ['https://www.contoso.com/privacy policy.pdf', 'contains whitespace'],
      ['', 'is empty'],
      [42, 'is not a string'],
      ['Not Available', 'is not an absolute URL'],
    ];
    for (const [value, problem] of cases) {
      doc[META][1].propertyValue = value;
      const results = await lintRule('ppc-metadata-urls', doc);
      expect({ value, count: results.length }).toEqual({ value, count: 1 });
      expect(results[0]).toMatchObject({ code: 'ppc-metadata-urls', severity: SEVERITY.error, path: [META, '1', 'propertyValue'] });
      expect(results[0]!.message).toContain(problem);
    }
    doc[META][1].propertyValue = 'http://www.contoso.com/privacy';
    expect(await lintRule('ppc-metadata-urls', doc)).toEqual([]);
  });

  it('ppc-metadata-urls-https warns on http URLs', async () => {
    const doc = validSwagger();
    doc[META][0].propertyValue = 'http://www.contoso.com';
    const [finding, ...rest] = await lintRule('ppc-metadata-urls-https', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ code: 'ppc-metadata-urls-https', severity: SEVERITY.warn, path: [META, '0', 'propertyValue'] });
    expect(finding!.message).toContain('"Website" value "http://www.contoso.com" uses http');
    doc[META][0].propertyValue = 'www.contoso.com';
    expect(await lintRule('ppc-metadata-urls-https', doc)).toEqual([]);
  });

  it('ppc-metadata-categories-allowed reports unknown categories with hints', async () => {
    const doc = validSwagger();
    doc[META][2].propertyValue = 'social media;Task Management';
    const results = await lintRule('ppc-metadata-categories-allowed', doc);
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({ code: 'ppc-metadata-categories-allowed', severity: SEVERITY.error, path: [META, '2', 'propertyValue'] });
    expect(results[0]!.message).toMatch(/^Categories "social media" is not a connector category \(did you mean "Social Media"\?\); use one or two of: AI, /);
    expect(results[1]!.message).toContain('"Task Management" is not a connector category;');
    doc[META][2].propertyValue = 'Productivity, Collaboration';
    expect((await lintRule('ppc-metadata-categories-allowed', doc))[0]!.message).toContain('(separate categories with ";")');
    doc[META][2].propertyValue = ' ; ';
    expect((await lintRule('ppc-metadata-categories-allowed', doc))[0]!.message).toContain('Categories value is empty');
    doc[META][2].propertyValue = ['AI'];
    expect((await lintRule('ppc-metadata-categories-allowed', doc))[0]!.message).toContain('is not a string');
    doc[META][2].propertyValue = 'AI; Internet of Things;';
    expect(await lintRule('ppc-metadata-categories-allowed', doc)).toEqual([]);
  });

  it('ppc-metadata-categories-max allows two categories', async () => {
    const doc = validSwagger();
    doc[META][2].propertyValue = 'AI;Data;Productivity';
    const [finding] = await lintRule('ppc-metadata-categories-max', doc);
    expect(finding).toMatchObject({ code: 'ppc-metadata-categories-max', severity: SEVERITY.error, path: [META, '2', 'propertyValue'] });
    expect(finding!.message).toBe('Categories "AI;Data;Productivity" has 3 categories; keep the two that fit best (Microsoft allows at most 2).');
    expect(lineOf(finding!)).toBe(lineContaining(text(doc), 'AI;Data;Productivity'));
    doc[META][2].propertyValue = 'AI;Data;';
    expect(await lintRule('ppc-metadata-categories-max', doc)).toEqual([]);
  });

  it('metadata rules survive odd input', async () => {
    for (const value of [null, 'x', 7, {}, [null, [], 'a', { propertyName: null }]]) {
      const doc = validSwagger();
      doc[META] = value;
      for (const id of ids) await expect(lintRule(id, doc)).resolves.toBeDefined();
    }
  });
});
