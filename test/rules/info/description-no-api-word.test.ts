import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

describe('description rules', () => {
  it('ppc-description-no-api-word warns on "API" and "APIs" as words', async () => {
    const doc = validSwagger();
    doc.info.description = 'Contoso Tasks exposes REST APIs to manage team work items.';
    const results = await lintRule('ppc-description-no-api-word', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ code: 'ppc-description-no-api-word', severity: SEVERITY.warn, path: ['info', 'description'] });
    expect(results[0]!.message).toContain('contains "APIs"');
    doc.info.description = 'Contoso Tasks keeps track of rapid work items and capital projects.';
    expect(await lintRule('ppc-description-no-api-word', doc)).toEqual([]);
  });
});
