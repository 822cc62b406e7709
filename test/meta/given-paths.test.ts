import { spectralRules } from '../../src/rules';

// Recursive descents (`..`) walk the whole document once per rule: collect nodes in one custom function instead.
describe('given paths', () => {
  it.each(spectralRules.map((r) => [r.id, r] as const))('%s has no recursive descent', (_id, rule) => {
    const given = Array.isArray(rule.definition.given) ? rule.definition.given : [rule.definition.given];
    for (const g of given) expect(g).not.toMatch(/\.\.|\.\[/);
  });
});
