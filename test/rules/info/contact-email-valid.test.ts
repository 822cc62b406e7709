import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

describe('contact rules', () => {
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
    expect(result).toMatchObject({
      code: 'ppc-contact-email-valid',
      severity: SEVERITY.error,
      path: ['info', 'contact', 'email'],
    });
    expect(result.message).toBe(
      'Contact e-mail "support.contoso.com" has no "@" between a name and a domain; give a plain address such as support@contoso.com (Microsoft rejects invalid contact e-mails).',
    );
    expect(lineOf(result)).toBe(lineContaining(text(doc), '"email"'));
  });
});

describe('ppc-contact-email-valid scenarios', () => {
  ruleScenarios('ppc-contact-email-valid', [
    {
      name: 'No "@".',
      edit: documentedEdit('ppc-contact-email-valid', 'invalid'),
      expect: [
        {
          path: ['info', 'contact', 'email'],
          line: { containing: '"email": "support.contoso.com"' },
          message: 'Contact e-mail "support.contoso.com" has no "@" between a name and a domain',
        },
      ],
    },
    {
      name: 'A mailto link.',
      edit: documentedEdit('ppc-contact-email-valid', 'invalid', 1),
      expect: [
        {
          path: ['info', 'contact', 'email'],
          line: { containing: '"email": "mailto:support@contoso.com"' },
          message: 'Contact e-mail "mailto:support@contoso.com" starts with "mailto:"',
        },
      ],
    },
    { name: 'A plain address.', edit: documentedEdit('ppc-contact-email-valid', 'valid'), expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
