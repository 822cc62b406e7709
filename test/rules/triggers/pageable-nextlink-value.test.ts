import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { pagedDoc } from '../../helpers/paging';

describe('pagination rules', () => {
  it('ppc-pageable-nextlink-value accepts only nextLink and @odata.nextLink', async () => {
    expect(await lintRule('ppc-pageable-nextlink-value', pagedDoc('@odata.nextLink'))).toEqual([]);
    const doc = pagedDoc('nextlink');
    const [d] = await lintRule('ppc-pageable-nextlink-value', doc);
    expect(d).toMatchObject({
      severity: SEVERITY.error,
      path: ['paths', '/tasks', 'get', 'x-ms-pageable', 'nextLinkName'],
    });
    expect(d.message).toBe(
      'x-ms-pageable.nextLinkName "nextlink" is not supported; use "nextLink" or "@odata.nextLink" and return the next page URL in that response property (Microsoft rejects other names: InvalidNextLinkNameValue).',
    );
  });
});

describe('ppc-pageable-nextlink-value scenarios', () => {
  ruleScenarios('ppc-pageable-nextlink-value', [
    {
      name: 'Lower-case "nextlink".',
      edit: documentedEdit('ppc-pageable-nextlink-value', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'x-ms-pageable', 'nextLinkName'],
          line: { containing: '"nextLinkName": "nextlink"' },
          message: 'x-ms-pageable.nextLinkName "nextlink" is not supported',
        },
      ],
    },
    {
      name: '"@odata.nextLink".',
      edit: documentedEdit('ppc-pageable-nextlink-value', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-pageable-nextlink-value, further cases', () => {
  it('are silent on the valid fixture and a compliant pageable operation', async () => {
    {
      const id = 'ppc-pageable-nextlink-value';
      {
        expect({ id, results: await lintRule(id, validSwagger()) }).toEqual({ id, results: [] });
        expect({ id, results: await lintRule(id, pagedDoc()) }).toEqual({ id, results: [] });
      }
    }
  });
});
