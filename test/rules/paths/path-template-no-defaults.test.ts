import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { get, pathParam, single } from '../../helpers/paths';

describe('path key rules', () => {
  it('ppc-path-template-no-defaults reports "=" inside a variable only', async () => {
    const doc = validSwagger();
    doc.paths['/reports/{year=2024}'] = { get: get('GetReport', [pathParam('year')]) };
    const finding = await single('ppc-path-template-no-defaults', doc, '"/reports/{year=2024}"');
    expect(finding).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/reports/{year=2024}'] });
    expect(finding.message).toContain(
      'Path "/reports/{year=2024}" sets a default in "{year=2024}"; write the variable as "{name}"',
    );

    const odata = validSwagger();
    odata.paths['/jobs/ForUser(targetUserId={targetUserId})'] = { get: get('ForUser', [pathParam('targetUserId')]) };
    expect(await lintRule('ppc-path-template-no-defaults', odata)).toEqual([]);
  });
});

describe('ppc-path-template-no-defaults scenarios', () => {
  ruleScenarios('ppc-path-template-no-defaults', [
    {
      name: 'A default value inside the variable.',
      edit: documentedEdit('ppc-path-template-no-defaults', 'invalid'),
      expect: [
        {
          path: ['paths', '/reports/{year=2024}'],
          line: { containing: '"/reports/{year=2024}": {' },
          message: 'Path "/reports/{year=2024}" sets a default in "{year=2024}"',
        },
      ],
    },
    {
      name: 'The default on the parameter instead.',
      edit: documentedEdit('ppc-path-template-no-defaults', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-path-template-no-defaults, further cases', () => {
  it('all are silent on the valid fixture', async () => {
    {
      const id = 'ppc-path-template-no-defaults';
      {
        expect(await lintRule(id, validSwagger())).toEqual([]);
      }
    }
  });
});
