import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

describe('contact rules', () => {
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
      expect({ url, messages: results.map((r) => r.message.split(';')[0]) }).toEqual({
        url,
        messages: expected === null ? [] : [expect.stringContaining(expected)],
      });
    }
    doc.info.contact.url = 'support.contoso.com';
    const [result] = await lintRule('ppc-contact-url-valid', doc);
    expect(result).toMatchObject({
      code: 'ppc-contact-url-valid',
      severity: SEVERITY.error,
      path: ['info', 'contact', 'url'],
    });
    expect(result.message).toBe(
      'Contact URL "support.contoso.com" has no scheme (such as "https://"); give the full address of your support website (Microsoft\'s validator requires an absolute URL).',
    );
    expect(lineOf(result)).toBe(lineContaining(text(doc), '"url": "support.contoso.com"'));
  });
});

describe('ppc-contact-url-valid scenarios', () => {
  ruleScenarios('ppc-contact-url-valid', [
    {
      name: 'No scheme.',
      edit: documentedEdit('ppc-contact-url-valid', 'invalid'),
      expect: [
        {
          path: ['info', 'contact', 'url'],
          line: { containing: '"url": "www.contoso.com/support",' },
          message: 'Contact URL "www.contoso.com/support" has no scheme (such as "https://")',
        },
      ],
    },
    {
      name: 'An https URL.',
      edit: documentedEdit('ppc-contact-url-valid', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
