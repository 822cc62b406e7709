import { lintRule, SEVERITY } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { withQueryParam } from '../../helpers/parameters';

describe('parameter string rules', () => {
  it('ppc-param-summary-chars names the first character outside letters, digits, spaces and parentheses', async () => {
    const [finding] = await lintRule('ppc-param-summary-chars', withQueryParam({ 'x-ms-summary': 'Top-N Tasks' }));
    expect(finding).toMatchObject({
      severity: SEVERITY.info,
      path: ['paths', '/tasks', 'get', 'parameters', '1', 'x-ms-summary'],
    });
    expect(finding.message).toContain('"Top-N Tasks" with "-"');
    expect(await lintRule('ppc-param-summary-chars', withQueryParam({ 'x-ms-summary': 'Größe (Anzahl)' }))).toEqual([]);
  });
});

describe('ppc-param-summary-chars scenarios', () => {
  ruleScenarios('ppc-param-summary-chars', [
    {
      name: 'A slash and a hyphen in the label.',
      edit: documentedEdit('ppc-param-summary-chars', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'parameters', '0', 'x-ms-summary'],
          line: { containing: '"x-ms-summary": "Status/State",' },
          message: 'Parameter "status" has an x-ms-summary "Status/State" with "/"',
        },
      ],
    },
    {
      name: 'Letters, spaces and parentheses.',
      edit: documentedEdit('ppc-param-summary-chars', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
