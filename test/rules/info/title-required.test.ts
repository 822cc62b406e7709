import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('title rules', () => {
  it('ppc-title-required fires on an empty title and a missing one', async () => {
    const doc = validSwagger();
    doc.info.title = '  ';
    const [finding, ...rest] = await lintRule('ppc-title-required', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ code: 'ppc-title-required', severity: SEVERITY.error, path: ['info', 'title'] });
    expect(finding.message).toContain('is empty');
    expect(lineOf(finding)).toBe(lineContaining(JSON.stringify(doc, null, 4), '"title"'));

    delete doc.info.title;
    const missing = await lintRule('ppc-title-required', doc);
    expect(missing).toHaveLength(1);
    expect(missing[0].path).toEqual(['info']);
    expect(missing[0].message).toContain('is missing');
  });
});

describe('ppc-title-required scenarios', () => {
  ruleScenarios('ppc-title-required', [
    {
      name: 'An empty title.',
      edit: documentedEdit('ppc-title-required', 'invalid'),
      expect: [{ path: ['info', 'title'], line: { containing: '"title": "",' }, message: 'info.title is empty' }],
    },
    { name: 'A short product name.', edit: documentedEdit('ppc-title-required', 'valid'), expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-title-required, further cases', () => {
  it('all title rules are silent on the valid fixture', async () => {
    {
      const id = 'ppc-title-required';
      {
        expect(await lintRule(id, validSwagger())).toEqual([]);
      }
    }
  });
});
