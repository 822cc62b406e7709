import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

describe('contact rules', () => {
  it('ppc-contact-fields warns on a missing name and an empty url', async () => {
    const doc = validSwagger();
    delete doc.info.contact.name;
    doc.info.contact.url = '';
    const results = await lintRule('ppc-contact-fields', doc);
    expect(results.map((r) => r.path)).toEqual([
      ['info', 'contact'],
      ['info', 'contact', 'url'],
    ]);
    expect(results[0]).toMatchObject({ code: 'ppc-contact-fields', severity: SEVERITY.warn });
    expect(results[0].message).toBe(
      'info.contact has no "name" (the support team); add it (certification asks for the support team, website and e-mail).',
    );
    expect(results[1].message).toContain('has an empty "url" (the support website)');
    expect(lineOf(results[1])).toBe(lineContaining(text(doc), '"url": ""'));
    expect(await lintRule('ppc-contact-fields', doc, 'independent-publisher')).toHaveLength(2);
  });
});

describe('ppc-contact-fields scenarios', () => {
  ruleScenarios('ppc-contact-fields', [
    {
      name: 'A contact without a website.',
      edit: documentedEdit('ppc-contact-fields', 'invalid'),
      expect: [
        {
          path: ['info', 'contact'],
          line: { containing: '"contact": {' },
          message: 'info.contact has no "url" (the support website)',
        },
      ],
    },
    { name: 'Support name, website and e-mail.', edit: documentedEdit('ppc-contact-fields', 'valid'), expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
