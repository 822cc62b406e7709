import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

describe('contact rules', () => {
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
    expect(results[0].message).toBe(
      'info.contact has "phone"; remove it or prefix it with "x-" (the repo schema allows only name, url and email).',
    );
    expect(results[1].message).toContain('(did you mean "email"?)');
    expect(results[2].message).toContain('(no x-ms- extension applies here)');
    expect(lineOf(results[0])).toBe(lineContaining(text(doc), '"phone"'));
  });
});

describe('ppc-contact-no-extra-keys scenarios', () => {
  ruleScenarios('ppc-contact-no-extra-keys', [
    {
      name: 'A phone number.',
      edit: documentedEdit('ppc-contact-no-extra-keys', 'invalid'),
      expect: [
        {
          path: ['info', 'contact', 'phone'],
          line: { containing: '"phone": "+1 425 555 0100"' },
          message: 'info.contact has "phone"',
        },
      ],
    },
    {
      name: 'A custom `x-` key.',
      edit: documentedEdit('ppc-contact-no-extra-keys', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
