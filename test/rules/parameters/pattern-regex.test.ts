import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('parameter and schema value rules', () => {
  it('ppc-pattern-regex flags hard failures and accepts .NET-only syntax', async () => {
    const doc = validSwagger();
    doc.parameters.TaskId.pattern = '^[0-9+$';
    const [finding] = await lintRule('ppc-pattern-regex', doc);
    expect(finding).toMatchObject({ severity: SEVERITY.error, path: ['parameters', 'TaskId', 'pattern'] });
    expect(finding.message).toMatch(
      /^Parameter "taskId" has the pattern "\^\[0-9\+\$", which is not a valid regular expression \(.+\); fix the expression/,
    );
    for (const ok of [
      '(?i)^abc$',
      '(?>a+)b',
      "(?'year'\\d{4})-\\k'year'",
      '(?<a>x)|(?<a>y)',
      '\\A\\d+\\Z',
      '(?i:abc)',
    ]) {
      doc.parameters.TaskId.pattern = ok;
      expect({ ok, results: await lintRule('ppc-pattern-regex', doc) }).toEqual({ ok, results: [] });
    }
  });
});

describe('ppc-pattern-regex scenarios', () => {
  ruleScenarios('ppc-pattern-regex', [
    {
      name: 'An unclosed group.',
      edit: documentedEdit('ppc-pattern-regex', 'invalid'),
      expect: [
        {
          path: ['parameters', 'TaskId', 'pattern'],
          line: { containing: '"pattern": "^([0-9]+$"' },
          message:
            'Parameter "taskId" has the pattern "^([0-9]+$", which is not a valid regular expression (Unterminated group)',
        },
      ],
    },
    {
      name: 'A closed group.',
      edit: documentedEdit('ppc-pattern-regex', 'valid'),
      expect: [],
    },
    {
      name: 'A .NET inline option.',
      edit: documentedEdit('ppc-pattern-regex', 'valid', 1),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
