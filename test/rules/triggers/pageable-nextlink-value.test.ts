import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios } from '../../helpers/scenarios';

/** The valid fixture with ListTasks returning a page object. */
function pagedDoc(nextLinkName: unknown = 'nextLink'): Record<string, any> {
  const doc = validSwagger();
  const op = doc.paths['/tasks'].get;
  op['x-ms-pageable'] = { nextLinkName };
  op.responses['200'].schema = { $ref: '#/definitions/TaskPage' };
  doc.definitions.TaskPage = {
    type: 'object',
    properties: {
      value: { type: 'array', items: { $ref: '#/definitions/Task' } },
      nextLink: { type: 'string', description: 'The next page.' },
    },
  };
  return doc;
}

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
      edit: (doc) => {
        doc.paths['/tasks'].get['x-ms-pageable'] = { nextLinkName: 'nextlink' };
      },
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
      edit: (doc) => {
        doc.paths['/tasks'].get['x-ms-pageable'] = { nextLinkName: '@odata.nextLink' };
      },
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
