import { apiPropertiesRules } from '../../../src/rules';
import { lintExample } from '../../helpers/lint';

// Each apiProperties rule's documented examples: the non-compliant ones fire (with a message naming the
// problem), the compliant ones stay silent. Per-rule behaviour is asserted in detail in api-properties.test.ts.
describe.each(apiPropertiesRules.map((r) => [r.id, r] as const))('%s examples', (_id, rule) => {
  it('fires on each non-compliant example', async () => {
    for (const example of rule.definition['x-ppc'].examples.invalid) {
      const results = await lintExample(rule, example);
      expect({ example: example.description, fired: results.length > 0 }).toEqual({
        example: example.description,
        fired: true,
      });
      for (const r of results) expect(r.message).toMatch(/;|\./);
    }
  });
  it('is silent on each compliant example', async () => {
    for (const example of rule.definition['x-ppc'].examples.valid) {
      const results = await lintExample(rule, example);
      expect({ example: example.description, messages: results.map((r) => r.message) }).toEqual({
        example: example.description,
        messages: [],
      });
    }
  });
});
