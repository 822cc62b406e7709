import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);
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

  it('ppc-description-length fires below 30 and above 500 characters', async () => {
    const doc = validSwagger();
    doc.info.description = 'Manage tasks.';
    const results = await lintRule('ppc-description-length', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ code: 'ppc-description-length', severity: SEVERITY.error, path: ['info', 'description'] });
    expect(results[0]!.message).toBe(
      'Description "Manage tasks." has 13 characters; write 30 to 500 characters (Microsoft rejects descriptions outside that range).',
    );
    expect(lineOf(results[0]!)).toBe(lineContaining(text(doc), '"description": "Manage tasks."'));
    for (const [length, fires] of [[29, true], [30, false], [500, false], [501, true]] as const) {
      doc.info.description = 'x'.repeat(length);
      expect({ length, fired: (await lintRule('ppc-description-length', doc)).length > 0 }).toEqual({ length, fired: fires });
    }
    doc.info.description = 'é'.repeat(501);
    const [long] = await lintRule('ppc-description-length', doc);
    expect(long!.message).toContain('has 501 characters');
    expect(long!.message).toContain('…');
  });

  it('ppc-description-no-product-names names the product', async () => {
    const doc = validSwagger();
    doc.info.description = 'Contoso Tasks keeps track of work items for your PowerApps and flows.';
    const results = await lintRule('ppc-description-no-product-names', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.error, path: ['info', 'description'] });
    expect(results[0]!.message).toContain('contains "PowerApps"');
    doc.info.description = 'Contoso Tasks keeps track of work items; works with Power Platform and Copilot Studio.';
    expect((await lintRule('ppc-description-no-product-names', doc))[0]!.message).toContain('contains "Power Platform"');
    doc.info.description = 'Contoso Tasks keeps track of your team work, powered by automated apps.';
    expect(await lintRule('ppc-description-no-product-names', doc)).toEqual([]);
  });

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

  it('ppc-description-english flags other scripts and other languages, not English with foreign names', async () => {
    const doc = validSwagger();
    doc.info.description = 'Ce connecteur vous permet de gérer les tâches et les projets dans votre compte Contoso.';
    const results = await lintRule('ppc-description-english', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ code: 'ppc-description-english', severity: SEVERITY.error, path: ['info', 'description'] });
    expect(results[0]!.message).toContain('reads like another language ("ce", "vous", "les", "et", "dans")');
    doc.info.description = 'Контосо Задачи помогает команде управлять рабочими задачами.';
    expect((await lintRule('ppc-description-english', doc))[0]!.message).toContain('is mostly written outside the Latin alphabet');
    for (const english of [
      'GMO Sign (電子印鑑GMOサイン) is the leading e-signature service in Japan. Send, sign and store contracts in the cloud.',
      'Brønnøysundregistrene is the Norwegian register of businesses. Look up companies, roles and annual accounts.',
      'Search La Poste and Le Monde archives, and the Deutsche Bahn timetable, from your flows and apps.',
      'Der die das.',
    ]) {
      doc.info.description = english;
      expect({ english, results: await lintRule('ppc-description-english', doc) }).toEqual({ english, results: [] });
    }
  });

  it('ppc-description-not-title is info when the description repeats the title', async () => {
    const doc = validSwagger();
    doc.info.description = 'Contoso tasks.';
    const results = await lintRule('ppc-description-not-title', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ code: 'ppc-description-not-title', severity: SEVERITY.info, path: ['info', 'description'] });
    expect(results[0]!.message).toBe('Description "Contoso tasks." repeats the title; describe the service and what users can do with the connector.');
    expect(lineOf(results[0]!)).toBe(lineContaining(text(doc), '"description": "Contoso tasks."'));
    doc.info.title = '';
    doc.info.description = '';
    expect(await lintRule('ppc-description-not-title', doc)).toEqual([]);
  });
});
