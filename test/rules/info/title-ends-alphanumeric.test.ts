import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('title rules', () => {
  it('ppc-title-ends-alphanumeric flags punctuation and white space, not a final parenthesis', async () => {
    const doc = validSwagger();
    const cases: Array<[string, string | null]> = [
      ['Contoso Tasks.', 'ends with "."'],
      ['Contoso Tasks ', 'ends with a space'],
      ['Contoso Tasks\r\n', 'ends with a line break'],
      ['Contoso Tasks\t', 'ends with a tab'],
      ['Airtable [DEPRECATED]', 'ends with "]"'],
      ['Contoso Tasks!', 'ends with "!"'],
      ['Contoso Tasks (EU)', null],
      ['Contoso 365', null],
      ['Brønnøysund Registrene', null],
      ['Café', null],
      ['', null],
    ];
    for (const [title, expected] of cases) {
      doc.info.title = title;
      const results = await lintRule('ppc-title-ends-alphanumeric', doc);
      expect({ title, messages: results.map((r) => r.message.split(';')[0]) }).toEqual({
        title,
        messages: expected === null ? [] : [expect.stringContaining(expected)],
      });
    }
    doc.info.title = 'Contoso Tasks.';
    const [result] = await lintRule('ppc-title-ends-alphanumeric', doc);
    expect(result).toMatchObject({
      code: 'ppc-title-ends-alphanumeric',
      severity: SEVERITY.error,
      path: ['info', 'title'],
    });
    expect(result.message).toBe(
      'Title "Contoso Tasks." ends with "."; end it with a letter or digit (Microsoft rejects titles that end with a non-alphanumeric character).',
    );
    doc.info.title = 42;
    expect(await lintRule('ppc-title-ends-alphanumeric', doc)).toEqual([]);
  });
});

describe('ppc-title-ends-alphanumeric scenarios', () => {
  ruleScenarios('ppc-title-ends-alphanumeric', [
    {
      name: 'A title ending with a period.',
      edit: documentedEdit('ppc-title-ends-alphanumeric', 'invalid'),
      expect: [
        {
          path: ['info', 'title'],
          line: { containing: '"title": "Contoso Tasks.",' },
          message: 'Title "Contoso Tasks." ends with "."',
        },
      ],
    },
    {
      name: 'A title ending with a space.',
      edit: documentedEdit('ppc-title-ends-alphanumeric', 'invalid', 1),
      expect: [
        {
          path: ['info', 'title'],
          line: { containing: '"title": "Contoso Tasks ",' },
          message: 'Title "Contoso Tasks " ends with a space',
        },
      ],
    },
    { name: 'A title ending with a letter.', edit: documentedEdit('ppc-title-ends-alphanumeric', 'valid'), expect: [] },
    {
      name: 'A region suffix in parentheses (see `ppc-title-ends-parenthesis`).',
      edit: documentedEdit('ppc-title-ends-alphanumeric', 'valid', 1),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-title-ends-alphanumeric, further cases', () => {
  it('all title rules are silent on the valid fixture', async () => {
    {
      const id = 'ppc-title-ends-alphanumeric';
      {
        expect(await lintRule(id, validSwagger())).toEqual([]);
      }
    }
  });
});
