import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

describe('document shape rules', () => {
  describe('ppc-path-item-no-ref', () => {
    it('flags a path item that uses $ref', async () => {
      const doc = validSwagger();
      doc.paths['/projects'] = { $ref: '#/x-items/projects' };
      doc['x-items'] = { projects: { get: { responses: { '200': { description: 'OK' } } } } };
      const results = await lintRule('ppc-path-item-no-ref', doc);
      expect(results).toHaveLength(1);
      expect(results[0]).toMatchObject({
        code: 'ppc-path-item-no-ref',
        severity: SEVERITY.error,
        path: ['paths', '/projects', '$ref'],
      });
      expect(results[0].message).toBe(
        'Path "/projects" uses "$ref": "#/x-items/projects"; write the operations into the path item itself (Power Platform does not support "$ref" on path items).',
      );
      expect(lineOf(results[0])).toBe(lineContaining(text(doc), '"$ref": "#/x-items/projects"'));
    });

    it('ignores odd path items', async () => {
      const doc = validSwagger();
      doc.paths['/a'] = null;
      doc.paths['/b'] = ['$ref'];
      expect(await lintRule('ppc-path-item-no-ref', doc)).toEqual([]);
    });
  });
});

describe('ppc-path-item-no-ref scenarios', () => {
  ruleScenarios('ppc-path-item-no-ref', [
    {
      name: 'A path item that points elsewhere.',
      edit: documentedEdit('ppc-path-item-no-ref', 'invalid'),
      expect: [
        {
          path: ['paths', '/projects', '$ref'],
          line: { containing: '"$ref": "#/x-path-items/projects"' },
          message: 'Path "/projects" uses "$ref": "#/x-path-items/projects"',
        },
      ],
    },
    {
      name: 'A path item written out.',
      edit: documentedEdit('ppc-path-item-no-ref', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-path-item-no-ref, further cases', () => {
  it('all document rules are silent on the valid fixture', async () => {
    {
      const id = 'ppc-path-item-no-ref';
      {
        expect({ id, results: await lintRule(id, validSwagger()) }).toEqual({ id, results: [] });
      }
    }
  });
});
