import { lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { lineAfter, messages } from '../../helpers/triggers';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { pagedDoc } from '../../helpers/paging';

describe('pagination rules', () => {
  it('ppc-pageable-shape allows only nextLinkName', async () => {
    const doc = pagedDoc();
    doc.paths['/tasks'].get['x-ms-pageable'].itemName = 'value';
    const [d] = await lintRule('ppc-pageable-shape', doc);
    expect(d).toMatchObject({
      severity: SEVERITY.error,
      path: ['paths', '/tasks', 'get', 'x-ms-pageable', 'itemName'],
    });
    expect(d.message).toContain('x-ms-pageable has the unknown key "itemName"');
    expect(lineOf(d)).toBe(lineAfter(doc, '"x-ms-pageable"', '"itemName"'));
    doc.paths['/tasks'].get['x-ms-pageable'] = {};
    expect(await messages('ppc-pageable-shape', doc)).toEqual([expect.stringContaining('has no "nextLinkName"')]);
    doc.paths['/tasks'].get['x-ms-pageable'] = { nextLinkName: null };
    expect(await messages('ppc-pageable-shape', doc)).toEqual([
      expect.stringContaining('"nextLinkName" that is not a string (null)'),
    ]);
    doc.paths['/tasks'].get['x-ms-pageable'] = true;
    expect(await messages('ppc-pageable-shape', doc)).toEqual([expect.stringContaining('is true, not an object')]);
  });
});

describe('ppc-pageable-shape scenarios', () => {
  ruleScenarios('ppc-pageable-shape', [
    {
      name: 'The AutoRest form with "itemName".',
      edit: documentedEdit('ppc-pageable-shape', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'x-ms-pageable', 'itemName'],
          line: { containing: '"itemName": "value"' },
          message: 'x-ms-pageable has the unknown key "itemName"',
        },
      ],
    },
    {
      name: 'A bare string.',
      edit: documentedEdit('ppc-pageable-shape', 'invalid', 1),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'x-ms-pageable'],
          line: { containing: '"x-ms-pageable": "nextLink"' },
          message: 'x-ms-pageable is nextLink, not an object',
        },
      ],
    },
    {
      name: 'Only "nextLinkName".',
      edit: documentedEdit('ppc-pageable-shape', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-pageable-shape, further cases', () => {
  it('are silent on the valid fixture and a compliant pageable operation', async () => {
    {
      const id = 'ppc-pageable-shape';
      {
        expect({ id, results: await lintRule(id, validSwagger()) }).toEqual({ id, results: [] });
        expect({ id, results: await lintRule(id, pagedDoc()) }).toEqual({ id, results: [] });
      }
    }
  });
});
