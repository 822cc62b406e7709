import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { get, pathParam, single } from '../../helpers/paths';

describe('path key rules', () => {
  it('ppc-path-no-wildcard reports "*" anywhere in the key', async () => {
    const doc = validSwagger();
    doc.paths['/files/{path*}'] = { get: get('GetFile', [pathParam('path')]) };
    const finding = await single('ppc-path-no-wildcard', doc, '"/files/{path*}"');
    expect(finding).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/files/{path*}'] });
    expect(finding.message).toContain('Path "/files/{path*}" contains the wildcard "*"');
  });
});

describe('ppc-path-no-wildcard scenarios', () => {
  ruleScenarios('ppc-path-no-wildcard', [
    {
      name: 'A wildcard segment.',
      edit: documentedEdit('ppc-path-no-wildcard', 'invalid'),
      expect: [
        {
          path: ['paths', '/files/*'],
          line: { containing: '"/files/*": {' },
          message: 'Path "/files/*" contains the wildcard "*"',
        },
      ],
    },
    {
      name: 'A path variable instead of the wildcard.',
      edit: documentedEdit('ppc-path-no-wildcard', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-path-no-wildcard, further cases', () => {
  it('all are silent on the valid fixture', async () => {
    {
      const id = 'ppc-path-no-wildcard';
      {
        expect(await lintRule(id, validSwagger())).toEqual([]);
      }
    }
  });
});
