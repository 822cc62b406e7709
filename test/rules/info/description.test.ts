import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
const DESCRIPTION_RULES = [
  'ppc-description-required',
  'ppc-description-length',
  'ppc-description-no-product-names',
  'ppc-description-no-api-word',
  'ppc-description-english',
  'ppc-description-not-title',
];

describe('description rules', () => {
  it('are silent on the valid fixture', async () => {
    for (const id of DESCRIPTION_RULES) expect({ id, results: await lintRule(id, validSwagger()) }).toEqual({ id, results: [] });
  });

  it('do not crash on a non-string description or a missing info', async () => {
    const doc = validSwagger();
    doc.info.description = { text: 'x' };
    for (const id of DESCRIPTION_RULES.slice(1)) expect(await lintRule(id, doc)).toEqual([]);
    delete doc.info;
    for (const id of DESCRIPTION_RULES) expect(await lintRule(id, doc)).toEqual([]);
  });

  it('ppc-description-required fires on a missing or blank description', async () => {
    const doc = validSwagger();
    delete doc.info.description;
    const [missing, ...rest] = await lintRule('ppc-description-required', doc);
    expect(rest).toEqual([]);
    expect(missing).toMatchObject({ code: 'ppc-description-required', severity: SEVERITY.error, path: ['info'] });
    expect(missing!.message).toBe('info.description is missing; describe the service and what the connector does for users in 30 to 500 characters.');
    doc.info.description = '\n';
    const [blank] = await lintRule('ppc-description-required', doc);
    expect(blank!.path).toEqual(['info', 'description']);
    expect(blank!.message).toContain('is empty');
    // A blank description is reported once, by the required rule.
    expect(await lintRule('ppc-description-length', doc)).toEqual([]);
  });
});
