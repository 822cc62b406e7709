import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { messagesByRule, oddPathItems } from '../../helpers/odd';
import { pathsRules } from '../../../src/rules/paths';
import { get, pathParam, single } from '../../helpers/paths';

describe('path key rules', () => {
  it('ppc-path-starts-slash reports the key without a leading slash', async () => {
    const doc = validSwagger();
    doc.paths['reports/{id}'] = { get: get('GetReport', [pathParam('id')]) };
    const finding = await single('ppc-path-starts-slash', doc, '"reports/{id}": {');
    expect(finding).toMatchObject({
      code: 'ppc-path-starts-slash',
      severity: SEVERITY.error,
      path: ['paths', 'reports/{id}'],
    });
    expect(finding.message).toBe(
      'Path "reports/{id}" does not start with "/"; begin it with "/" (Microsoft rejects operation paths that do not start with "/").',
    );
  });
});

describe('ppc-path-starts-slash scenarios', () => {
  ruleScenarios('ppc-path-starts-slash', [
    {
      name: 'A path without the leading slash.',
      edit: documentedEdit('ppc-path-starts-slash', 'invalid'),
      expect: [
        {
          path: ['paths', 'reports'],
          line: { containing: '"reports": {' },
          message: 'Path "reports" does not start with "/"',
        },
      ],
    },
    {
      name: 'The same path with the leading slash.',
      edit: documentedEdit('ppc-path-starts-slash', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-path-starts-slash, further cases', () => {
  it('all are silent on the valid fixture', async () => {
    {
      const id = 'ppc-path-starts-slash';
      {
        expect(await lintRule(id, validSwagger())).toEqual([]);
      }
    }
  });
});

describe('ppc-path-starts-slash, further cases', () => {
  it('operations that are not objects and an empty key do not crash', async () => {
    const results = await messagesByRule(
      pathsRules.map((r) => r.id),
      oddPathItems(),
    );
    expect(results['ppc-path-starts-slash']).toEqual([expect.stringContaining('Path "" does not start with "/"')]);
  });
});
