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
    for (const id of CONTACT_RULES) expect({ id, results: await lintRule(id, validSwagger()) }).toEqual({ id, results: [] });
  });

  it('only ppc-contact-required fires when the contact is missing', async () => {
    const doc = validSwagger();
    delete doc.info.contact;
    for (const id of CONTACT_RULES.slice(1)) expect(await lintRule(id, doc)).toEqual([]);
    const results = await lintRule('ppc-contact-required', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ code: 'ppc-contact-required', severity: SEVERITY.error, path: ['info'] });
    expect(results[0]!.message).toBe(
      'info.contact is missing; add "contact": { "name", "url", "email" } with your support team, website and e-mail (Microsoft requires contact details for certification).',
    );
    expect(lineOf(results[0]!)).toBe(lineContaining(text(doc), '"info"'));
  });

  it('ppc-contact-required flags a contact that is not an object; the others stay quiet', async () => {
    const doc = validSwagger();
    doc.info.contact = 'support@contoso.com';
    const [result] = await lintRule('ppc-contact-required', doc);
    expect(result!.path).toEqual(['info', 'contact']);
    expect(result!.message).toContain('info.contact is support@contoso.com (a string), not an object');
    doc.info.contact = ['a'];
    expect((await lintRule('ppc-contact-required', doc))[0]!.message).toContain('is an array, not an object');
    for (const id of CONTACT_RULES.slice(1)) expect(await lintRule(id, doc)).toEqual([]);
    doc.info.contact = null;
    expect((await lintRule('ppc-contact-required', doc))[0]!.message).toContain('is missing');
  });

  it('ppc-contact-fields warns on a missing name and an empty url', async () => {
    const doc = validSwagger();
    delete doc.info.contact.name;
    doc.info.contact.url = '';
    const results = await lintRule('ppc-contact-fields', doc);
    expect(results.map((r) => r.path)).toEqual([['info', 'contact'], ['info', 'contact', 'url']]);
    expect(results[0]).toMatchObject({ code: 'ppc-contact-fields', severity: SEVERITY.warn });
    expect(results[0]!.message).toBe('info.contact has no "name" (the support team); add it (certification asks for the support team, website and e-mail).');
    expect(results[1]!.message).toContain('has an empty "url" (the support website)');
    expect(lineOf(results[1]!)).toBe(lineContaining(text(doc), '"url": ""'));
    expect(await lintRule('ppc-contact-fields', doc, 'independent-publisher')).toHaveLength(2);
  });

  it('ppc-contact-email-required is a warning for certified and an error for independent publishers', async () => {
    const doc = validSwagger();
    delete doc.info.contact.email;
    const [certified] = await lintRule('ppc-contact-email-required', doc);
    expect(certified).toMatchObject({ code: 'ppc-contact-email-required', severity: SEVERITY.warn, path: ['info', 'contact'] });
    expect(certified!.message).toContain('info.contact has no "email" (the support e-mail)');
    const [ip] = await lintRule('ppc-contact-email-required', doc, 'independent-publisher');
    expect(ip).toMatchObject({ severity: SEVERITY.error });
    doc.info.contact.email = 42;
    expect((await lintRule('ppc-contact-email-required', doc))[0]!.message).toContain('has a non-string "email"');
  });

  it('ppc-contact-email-valid names what is wrong with the address', async () => {
    const doc = validSwagger();
    const cases: Array<[unknown, string | null]> = [
      ['support.contoso.com', 'has no "@" between a name and a domain'],
      ['mailto:support@contoso.com', 'starts with "mailto:"'],
      ['support@contoso', 'has an invalid domain'],
      ['support team@contoso.com', 'has spaces or non-ASCII characters'],
      ['suppört@contoso.com', 'has spaces or non-ASCII characters'],
      ['.support@contoso.com', 'has an invalid name before "@"'],
      ['support@-contoso.com', 'has an invalid domain'],
      [42, '42 is not a string'],
      ['first.last+tag@mail.contoso.co.uk', null],
      ['', null],
    ];
    for (const [email, expected] of cases) {
      doc.info.contact.email = email;
      const results = await lintRule('ppc-contact-email-valid', doc);
      expect({ email, messages: results.map((r) => r.message.split(';')[0]) }).toEqual({
        email,
        messages: expected === null ? [] : [expect.stringContaining(expected)],
      });
    }
    doc.info.contact.email = 'support.contoso.com';
    const [result] = await lintRule('ppc-contact-email-valid', doc);
    expect(result).toMatchObject({ code: 'ppc-contact-email-valid', severity: SEVERITY.error, path: ['info', 'contact', 'email'] });
    expect(result!.message).toBe(
      'Contact e-mail "support.contoso.com" has no "@" between a name and a domain; give a plain address such as support@contoso.com (Microsoft rejects invalid contact e-mails).',
    );
    expect(lineOf(result!)).toBe(lineContaining(text(doc), '"email"'));
  });

  it('ppc-contact-url-valid wants an absolute URL', async () => {
    const doc = validSwagger();
    const cases: Array<[unknown, string | null]> = [
      ['www.contoso.com/support', 'has no scheme'],
      ['/support', 'has no scheme'],
      ['https://', 'is not a valid URL'],
      ['https:support.contoso.com', 'has no host name'],
      ['https://contoso.com/support page', 'has white space'],
      [['https://contoso.com'], 'is not a string'],
      ['http://support.contoso.com:8080/help?x=1', null],
      ['', null],
    ];
    for (const [url, expected] of cases) {
      doc.info.contact.url = url;
      const results = await lintRule('ppc-contact-url-valid', doc);
      expect({ url, messages: results.map((r) => r.message.split(';')[0]) }).toEqual({ url, messages: expected === null ? [] : [expect.stringContaining(expected)] });
    }
    doc.info.contact.url = 'support.contoso.com';
    const [result] = await lintRule('ppc-contact-url-valid', doc);
    expect(result).toMatchObject({ code: 'ppc-contact-url-valid', severity: SEVERITY.error, path: ['info', 'contact', 'url'] });
    expect(result!.message).toBe(
      'Contact URL "support.contoso.com" has no scheme (such as "https://"); give the full address of your support website (Microsoft\'s validator requires an absolute URL).',
    );
    expect(lineOf(result!)).toBe(lineContaining(text(doc), '"url": "support.contoso.com"'));
  });

  it('ppc-contact-no-extra-keys flags unknown keys and x-ms- extensions', async () => {
    const doc = validSwagger();
    doc.info.contact.phone = '555';
    doc.info.contact.Email = 'a@b.com';
    doc.info.contact['x-ms-team'] = 'Support';
    doc.info.contact['x-team'] = 'Support';
    const results = await lintRule('ppc-contact-no-extra-keys', doc);
    expect(results.map((r) => r.path)).toEqual([
      ['info', 'contact', 'phone'],
      ['info', 'contact', 'Email'],
      ['info', 'contact', 'x-ms-team'],
    ]);
    expect(results[0]).toMatchObject({ code: 'ppc-contact-no-extra-keys', severity: SEVERITY.error });
    expect(results[0]!.message).toBe('info.contact has "phone"; remove it or prefix it with "x-" (the repo schema allows only name, url and email).');
    expect(results[1]!.message).toContain('(did you mean "email"?)');
    expect(results[2]!.message).toContain('(no x-ms- extension applies here)');
    expect(lineOf(results[0]!)).toBe(lineContaining(text(doc), '"phone"'));
  });
});
