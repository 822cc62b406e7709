import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { messages } from '../../helpers/triggers';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { pagedDoc } from '../../helpers/paging';

describe('pagination rules', () => {
  it('ppc-pageable-nextlink-in-response resolves $refs and allOf', async () => {
    const doc = pagedDoc('@odata.nextLink');
    const [d] = await lintRule('ppc-pageable-nextlink-in-response', doc);
    expect(d).toMatchObject({
      severity: SEVERITY.warn,
      path: ['paths', '/tasks', 'get', 'x-ms-pageable', 'nextLinkName'],
    });
    expect(d.message).toContain(
      'nextLinkName "@odata.nextLink" of "ListTasks" is not a property of its success response (200 has only "value", "nextLink")',
    );
    doc.definitions.TaskPage = {
      allOf: [{ $ref: '#/definitions/Paging' }, { type: 'object', properties: { value: { type: 'array' } } }],
    };
    doc.definitions.Paging = { type: 'object', properties: { '@odata.nextLink': { type: 'string' } } };
    expect(await lintRule('ppc-pageable-nextlink-in-response', doc)).toEqual([]);
    // A bare array has no room for a next link.
    const bare = validSwagger();
    bare.paths['/tasks'].get['x-ms-pageable'] = { nextLinkName: 'nextLink' };
    expect(await messages('ppc-pageable-nextlink-in-response', bare)).toEqual([
      expect.stringContaining('(200 returns an array)'),
    ]);
    // Open or unresolvable schemas prove nothing.
    bare.paths['/tasks'].get.responses['200'].schema = { type: 'object' };
    expect(await lintRule('ppc-pageable-nextlink-in-response', bare)).toEqual([]);
    bare.paths['/tasks'].get.responses['200'].schema = { $ref: '#/definitions/Nowhere' };
    expect(await lintRule('ppc-pageable-nextlink-in-response', bare)).toEqual([]);
  });
});

describe('ppc-pageable-nextlink-in-response scenarios', () => {
  ruleScenarios('ppc-pageable-nextlink-in-response', [
    {
      name: 'A pageable operation that returns a bare array.',
      edit: documentedEdit('ppc-pageable-nextlink-in-response', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'x-ms-pageable', 'nextLinkName'],
          line: { containing: '"nextLinkName": "nextLink"' },
          message:
            'nextLinkName "nextLink" of "ListTasks" is not a property of its success response (200 returns an array)',
        },
      ],
    },
    {
      name: 'A page object with "value" and "nextLink".',
      edit: documentedEdit('ppc-pageable-nextlink-in-response', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-pageable-nextlink-in-response, further cases', () => {
  it('are silent on the valid fixture and a compliant pageable operation', async () => {
    {
      const id = 'ppc-pageable-nextlink-in-response';
      {
        expect({ id, results: await lintRule(id, validSwagger()) }).toEqual({ id, results: [] });
        expect({ id, results: await lintRule(id, pagedDoc()) }).toEqual({ id, results: [] });
      }
    }
  });
});
