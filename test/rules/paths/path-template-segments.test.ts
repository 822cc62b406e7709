import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { get, single } from '../../helpers/paths';

describe('path key rules', () => {
  it('ppc-path-template-segments describes each malformed brace', async () => {
    const cases: Array<[string, string]> = [
      ['/a/{id', 'a "{" that is never closed ("{id")'],
      ['/a/id}', 'a "}" with no "{" before it (at character 6)'],
      ['/a/{b/c}', 'variable "{b/c}" spans more than one segment'],
      ['/a/{b{c}}', 'nested braces in "{b{c}}"'],
      ['/a/{}', 'an empty variable "{}"'],
    ];
    for (const [key, problem] of cases) {
      const doc = validSwagger();
      doc.paths[key] = { get: get('Broken') };
      const finding = await single('ppc-path-template-segments', doc, `"${key}": {`);
      expect(finding).toMatchObject({ severity: SEVERITY.error, path: ['paths', key] });
      expect(finding.message).toBe(
        `Path "${key}" has ${problem}; keep each "{variable}" inside one "/" segment and URL-encode literal braces as %7B and %7D (Microsoft rejects invalid path templates).`,
      );
    }
  });

  it('ppc-path-template-segments accepts variables with spaces, several per segment and OData-style segments', async () => {
    const doc = validSwagger();
    doc.paths['/api/{Forecast job Id}/items({id},{rev})/{$OrderNumber}'] = { get: get('Odd') };
    doc.paths['/dataConnectors/%7B%7Bid%7D%7D'] = { get: get('Encoded') };
    expect(await lintRule('ppc-path-template-segments', doc)).toEqual([]);
  });
});

describe('ppc-path-template-segments scenarios', () => {
  ruleScenarios('ppc-path-template-segments', [
    {
      name: 'An unclosed brace.',
      edit: documentedEdit('ppc-path-template-segments', 'invalid'),
      expect: [
        {
          path: ['paths', '/reports/{reportId'],
          line: { containing: '"/reports/{reportId": {' },
          message: 'Path "/reports/{reportId" has a "{" that is never closed ("{reportId")',
        },
      ],
    },
    {
      name: 'A variable that spans two segments.',
      edit: documentedEdit('ppc-path-template-segments', 'invalid', 1),
      expect: [
        {
          path: ['paths', '/reports/{year/month}'],
          line: { containing: '"/reports/{year/month}": {' },
          message: 'Path "/reports/{year/month}" has variable "{year/month}" spans more than one segment',
        },
      ],
    },
    {
      name: 'One variable per segment.',
      edit: documentedEdit('ppc-path-template-segments', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-path-template-segments, further cases', () => {
  it('all are silent on the valid fixture', async () => {
    {
      const id = 'ppc-path-template-segments';
      {
        expect(await lintRule(id, validSwagger())).toEqual([]);
      }
    }
  });
});
