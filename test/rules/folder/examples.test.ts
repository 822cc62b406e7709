import { crossRules } from '../../../src/rules/cross';
import { iconRules } from '../../../src/rules/icon';
import { readmeRules } from '../../../src/rules/readme';
import { scriptRules } from '../../../src/rules/script';
import { settingsRules } from '../../../src/rules/settings';
import { lintExample } from '../../helpers/lint';

// Each folder rule's documented examples: the non-compliant ones fire, the compliant ones stay silent.
// Behaviour is asserted in detail in the per-area test files next to this one.
const rules = [...settingsRules, ...readmeRules, ...iconRules, ...scriptRules, ...crossRules];

describe.each(rules.map((r) => [r.id, r] as const))('%s examples', (_id, rule) => {
  it('fires on each non-compliant example', async () => {
    for (const example of rule.definition['x-ppc'].examples.invalid) {
      const results = await lintExample(rule, example);
      expect({ example: example.description, fired: results.length > 0 }).toEqual({
        example: example.description,
        fired: true,
      });
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
