import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);
const CONTACT_RULES = [
  'ppc-contact-required',
  'ppc-contact-fields',
  'ppc-contact-email-required',
  'ppc-contact-email-valid',
  'ppc-contact-url-valid',
  'ppc-contact-no-extra-keys',
];

describe('contact rules', () => {
  it('are silent on the valid fixture', async () => {
    for (const id of CONTACT_RULES)
      expect({ id, results: await lintRule(id, validSwagger()) }).toEqual({ id, results: [] });
  });

  it('only ppc-contact-required fires when the contact is missing', async () => {
    const doc = validSwagger();
    delete doc.info.contact;
    for (const id of CONTACT_RULES.slice(1)) expect(await lintRule(id, doc)).toEqual([]);
    const results = await lintRule('ppc-contact-required', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ code: 'ppc-contact-required', severity: SEVERITY.error, path: ['info'] });
    expect(results[0].message).toBe(
      'info.contact is missing; add "contact": { "name", "url", "email" } with your support team, website and e-mail (Microsoft requires contact details for certification).',
    );
    expect(lineOf(results[0])).toBe(lineContaining(text(doc), '"info"'));
  });

  it('ppc-contact-required flags a contact that is not an object; the others stay quiet', async () => {
    const doc = validSwagger();
    doc.info.contact = 'support@contoso.com';
    const [result] = await lintRule('ppc-contact-required', doc);
    expect(result.path).toEqual(['info', 'contact']);
    expect(result.message).toContain('info.contact is support@contoso.com (a string), not an object');
    doc.info.contact = ['a'];
    expect((await lintRule('ppc-contact-required', doc))[0].message).toContain('is an array, not an object');
    for (const id of CONTACT_RULES.slice(1)) expect(await lintRule(id, doc)).toEqual([]);
    doc.info.contact = null;
    expect((await lintRule('ppc-contact-required', doc))[0].message).toContain('is missing');
  });
});
