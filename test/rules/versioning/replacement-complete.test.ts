import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { lintRule, SEVERITY } from '../../helpers/lint';
import { family } from '../../helpers/versioning';

describe('ppc-replacement-complete', () => {
  ruleScenarios('ppc-replacement-complete', [
    {
      name: 'No "api".',
      edit: documentedEdit('ppc-replacement-complete', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'x-ms-api-annotation', 'replacement'],
          line: { containing: '"replacement": {' },
          message: 'x-ms-api-annotation.replacement has no "api" string',
        },
      ],
    },
    {
      name: 'Both keys.',
      edit: documentedEdit('ppc-replacement-complete', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-replacement-complete, further cases', () => {
  it('ppc-replacement-only-deprecated and ppc-replacement-complete check the replacement', async () => {
    const doc = family();
    delete doc.paths['/tasks'].get.deprecated;
    const partial = family();
    partial.paths['/tasks'].get['x-ms-api-annotation'].replacement = { operationId: 5 };
    const results = await lintRule('ppc-replacement-complete', partial);
    expect(results.map((r) => r.path)).toEqual(
      expect.arrayContaining([
        ['paths', '/tasks', 'get', 'x-ms-api-annotation', 'replacement'],
        ['paths', '/tasks', 'get', 'x-ms-api-annotation', 'replacement', 'operationId'],
      ]),
    );
    expect(results.map((r) => r.message).join('\n')).toContain('has no "api" string');
    expect(results[0].severity).toBe(SEVERITY.error);
  });
});
