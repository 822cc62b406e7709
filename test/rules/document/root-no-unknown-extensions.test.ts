import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

describe('document shape rules', () => {
  describe('ppc-root-no-unknown-extensions', () => {
    it('warns on x-ms-* keys the platform does not read at the root', async () => {
      const doc = validSwagger();
      doc['x-ms-parameterized-host'] = { hostTemplate: '{x}' };
      doc['x-ms-openai-data'] = {};
      doc['x-ms-Docs'] = [];
      doc['x-ms-conector-metadata'] = [];
      doc['x-ms-openai-manifest'] = { humanName: 'Contoso' };
      doc['x-ms-docs'] = [];
      const results = await lintRule('ppc-root-no-unknown-extensions', doc);
      expect(results.map((r) => r.path[0])).toEqual([
        'x-ms-parameterized-host',
        'x-ms-openai-data',
        'x-ms-Docs',
        'x-ms-conector-metadata',
      ]);
      expect(results[0]).toMatchObject({ code: 'ppc-root-no-unknown-extensions', severity: SEVERITY.warn });
      expect(results[1].message).toContain(
        '"x-ms-openai-data" is not a root extension of Power Platform (it belongs on operations)',
      );
      expect(results[2].message).toContain('(did you mean "x-ms-docs"?)');
      expect(results[3].message).toContain('(did you mean "x-ms-connector-metadata"?)');
      expect(lineOf(results[0])).toBe(lineContaining(text(doc), '"x-ms-parameterized-host"'));
    });
  });
});

describe('ppc-root-no-unknown-extensions scenarios', () => {
  ruleScenarios('ppc-root-no-unknown-extensions', [
    {
      name: 'An AutoRest extension Power Platform does not support.',
      edit: documentedEdit('ppc-root-no-unknown-extensions', 'invalid'),
      expect: [
        {
          path: ['x-ms-parameterized-host'],
          line: { containing: '"x-ms-parameterized-host": {' },
          message: 'Root extension "x-ms-parameterized-host" is not a root extension of Power Platform',
        },
      ],
    },
    {
      name: 'An operation extension placed at the root.',
      edit: documentedEdit('ppc-root-no-unknown-extensions', 'invalid', 1),
      expect: [
        {
          path: ['x-ms-openai-data'],
          line: { containing: '"x-ms-openai-data": {' },
          message:
            'Root extension "x-ms-openai-data" is not a root extension of Power Platform (it belongs on operations)',
        },
      ],
    },
    {
      name: 'Documentation links in `x-ms-docs`.',
      edit: documentedEdit('ppc-root-no-unknown-extensions', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-root-no-unknown-extensions, further cases', () => {
  it('all document rules are silent on the valid fixture', async () => {
    {
      const id = 'ppc-root-no-unknown-extensions';
      {
        expect({ id, results: await lintRule(id, validSwagger()) }).toEqual({ id, results: [] });
      }
    }
  });
});
