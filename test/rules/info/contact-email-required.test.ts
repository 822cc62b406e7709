import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('contact rules', () => {
  it('ppc-contact-email-required is a warning for certified and an error for independent publishers', async () => {
    const doc = validSwagger();
    delete doc.info.contact.email;
    const [certified] = await lintRule('ppc-contact-email-required', doc);
    expect(certified).toMatchObject({
      code: 'ppc-contact-email-required',
      severity: SEVERITY.warn,
      path: ['info', 'contact'],
    });
    expect(certified.message).toContain('info.contact has no "email" (the support e-mail)');
    const [ip] = await lintRule('ppc-contact-email-required', doc, 'independent-publisher');
    expect(ip).toMatchObject({ severity: SEVERITY.error });
    doc.info.contact.email = 42;
    expect((await lintRule('ppc-contact-email-required', doc))[0].message).toContain('has a non-string "email"');
  });
});

describe('ppc-contact-email-required scenarios', () => {
  ruleScenarios('ppc-contact-email-required', [
    {
      name: 'A contact without an e-mail.',
      edit: documentedEdit('ppc-contact-email-required', 'invalid'),
      expect: [
        {
          path: ['info', 'contact'],
          line: { containing: '"contact": {' },
          message: 'info.contact has no "email" (the support e-mail)',
        },
      ],
    },
    { name: 'A contact with an e-mail.', edit: documentedEdit('ppc-contact-email-required', 'valid'), expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
