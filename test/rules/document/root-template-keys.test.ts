import { lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('document shape rules', () => {
  describe('ppc-root-template-keys', () => {
    it('lists the missing template keys in one hint at the root', async () => {
      const doc = validSwagger();
      delete doc.responses;
      delete doc.tags;
      const results = await lintRule('ppc-root-template-keys', doc);
      expect(results).toHaveLength(1);
      expect(results[0]).toMatchObject({ code: 'ppc-root-template-keys', severity: SEVERITY.hint, path: [] });
      expect(results[0].message).toBe(
        'The document root lacks "responses": {}, "tags": []; add them, even empty, to match the connector template (reviewers have asked for this).',
      );
      expect(lineOf(results[0])).toBe(1);
    });

    it('is info for independent publishers', async () => {
      const doc = validSwagger();
      delete doc.security;
      const [result] = await lintRule('ppc-root-template-keys', doc, 'independent-publisher');
      expect(result).toMatchObject({ severity: SEVERITY.info });
      expect(result.message).toContain('lacks "security": []');
    });
  });
});

describe('ppc-root-template-keys scenarios', () => {
  ruleScenarios('ppc-root-template-keys', [
    {
      name: 'Empty `responses` and `tags` left out.',
      edit: documentedEdit('ppc-root-template-keys', 'invalid'),
      expect: [{ path: [], line: 1, message: 'The document root lacks "responses": {}, "tags": []' }],
    },
    { name: 'Empty template keys kept.', edit: documentedEdit('ppc-root-template-keys', 'valid'), expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-root-template-keys, further cases', () => {
  it('all document rules are silent on the valid fixture', async () => {
    {
      const id = 'ppc-root-template-keys';
      {
        expect({ id, results: await lintRule(id, validSwagger()) }).toEqual({ id, results: [] });
      }
    }
  });
});
