/** Checks that rules' documented examples behave as documented. */
import type { AnyRule } from '../../src/types';
import { lintExample } from './lint';

/**
 * For each rule: every non-compliant example fires (each message matching `message` when given) and every
 * compliant example stays silent.
 */
export function describeDocumentedExamples(rules: readonly AnyRule[], message?: RegExp): void {
  describe.each(rules.map((r) => [r.id, r] as const))('%s examples', (_id, rule) => {
    it('fires on each non-compliant example', async () => {
      for (const example of rule.definition['x-ppc'].examples.invalid) {
        const results = await lintExample(rule, example);
        expect({ example: example.description, fired: results.length > 0 }).toEqual({
          example: example.description,
          fired: true,
        });
        if (message) for (const r of results) expect(r.message).toMatch(message);
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
}
