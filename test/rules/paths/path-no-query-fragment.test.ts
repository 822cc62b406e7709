import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { get, single } from '../../helpers/paths';

describe('path key rules', () => {
  it('ppc-path-no-query-fragment names the query part or the fragment', async () => {
    const doc = validSwagger();
    doc.paths['/search?type=user'] = { get: get('SearchUsers') };
    const finding = await single('ppc-path-no-query-fragment', doc, '"/search?type=user": {');
    expect(finding).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/search?type=user'] });
    expect(finding.message).toContain(
      'Path "/search?type=user" contains a query part "?type=user"; move query values into "in: query" parameters',
    );

    const fragment = validSwagger();
    fragment.paths['/report#weekly'] = { get: get('WeeklyReport') };
    expect((await single('ppc-path-no-query-fragment', fragment, '"/report#weekly"')).message).toContain(
      'contains a fragment "#weekly"',
    );

    const encoded = validSwagger();
    encoded.paths['/search%3Ftype'] = { get: get('SearchEncoded') };
    expect(await lintRule('ppc-path-no-query-fragment', encoded)).toEqual([]);
  });
});

describe('ppc-path-no-query-fragment scenarios', () => {
  ruleScenarios('ppc-path-no-query-fragment', [
    {
      name: 'A query string in the path key.',
      edit: documentedEdit('ppc-path-no-query-fragment', 'invalid'),
      expect: [
        {
          path: ['paths', '/reports?type=weekly'],
          line: { containing: '"/reports?type=weekly": {' },
          message: 'Path "/reports?type=weekly" contains a query part "?type=weekly"',
        },
      ],
    },
    {
      name: 'A fragment in the path key.',
      edit: documentedEdit('ppc-path-no-query-fragment', 'invalid', 1),
      expect: [
        {
          path: ['paths', '/reports#weekly'],
          line: { containing: '"/reports#weekly": {' },
          message: 'Path "/reports#weekly" contains a fragment "#weekly"',
        },
      ],
    },
    {
      name: 'The fixed query value as an internal query parameter with a default.',
      edit: documentedEdit('ppc-path-no-query-fragment', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-path-no-query-fragment, further cases', () => {
  it('all are silent on the valid fixture', async () => {
    {
      const id = 'ppc-path-no-query-fragment';
      {
        expect(await lintRule(id, validSwagger())).toEqual([]);
      }
    }
  });
});
