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

  it('all title rules are silent on the valid fixture', async () => {
    for (const id of ['ppc-title-required', 'ppc-title-max-length', 'ppc-title-no-api-connector']) {
      expect(await lintRule(id, validSwagger())).toEqual([]);
    }
  });
});
