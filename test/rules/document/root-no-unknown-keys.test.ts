import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

describe('document shape rules', () => {
  describe('ppc-root-no-unknown-keys', () => {
    it('flags a misspelt key with a suggestion and a custom key without x-', async () => {
      const doc = validSwagger();
      doc.basepath = '/v2';
      doc.generator = 'tool';
      doc['x-generator'] = 'tool';
      doc['X-Custom'] = true;
      const results = await lintRule('ppc-root-no-unknown-keys', doc);
      expect(results.map((r) => r.path)).toEqual([['basepath'], ['generator']]);
      expect(results[0]).toMatchObject({ code: 'ppc-root-no-unknown-keys', severity: SEVERITY.error });
      expect(results[0].message).toBe(
        'Root key "basepath" is not a Swagger 2.0 property (did you mean "basePath"?); remove or rename it, or prefix a custom key with "x-" (Microsoft rejects unknown root properties).',
      );
      expect(lineOf(results[0])).toBe(lineContaining(text(doc), '"basepath"'));
    });

    it('names OpenAPI 3 keys', async () => {
      const doc = validSwagger();
      doc.components = {};
      const [result] = await lintRule('ppc-root-no-unknown-keys', doc);
      expect(result.message).toContain('"components" is not a Swagger 2.0 property (it is an OpenAPI 3 property)');
    });
  });
});

describe('ppc-root-no-unknown-keys scenarios', () => {
  ruleScenarios('ppc-root-no-unknown-keys', [
    {
      name: 'A misspelt `basePath`.',
      edit: documentedEdit('ppc-root-no-unknown-keys', 'invalid'),
      expect: [
        {
          path: ['basepath'],
          line: { containing: '"basepath": "/v1"' },
          message: 'Root key "basepath" is not a Swagger 2.0 property (did you mean "basePath"?)',
        },
      ],
    },
    {
      name: 'A custom key without the `x-` prefix.',
      edit: documentedEdit('ppc-root-no-unknown-keys', 'invalid', 1),
      expect: [
        {
          path: ['generator'],
          line: { containing: '"generator": "contoso-tools"' },
          message: 'Root key "generator" is not a Swagger 2.0 property',
        },
      ],
    },
    {
      name: 'A custom key with the `x-` prefix.',
      edit: documentedEdit('ppc-root-no-unknown-keys', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-root-no-unknown-keys, further cases', () => {
  it('all document rules are silent on the valid fixture', async () => {
    {
      const id = 'ppc-root-no-unknown-keys';
      {
        expect({ id, results: await lintRule(id, validSwagger()) }).toEqual({ id, results: [] });
      }
    }
  });
});
