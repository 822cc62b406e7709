import { Document, Ruleset, Spectral, type RuleDefinition } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { Json } from '@stoplight/spectral-parsers';
import { oas } from '@stoplight/spectral-rulesets';
import fc from 'fast-check';
import { uniqueEnum } from '../../src/functions/unique-enum';
import { spectralFor } from '../../src/lint';

const ID = 'duplicated-entry-in-enum';

/** Spectral's own rule, as spectral:oas ships it (one schema compilation per enum). */
const original = new Spectral();
const OAS_RULE = (oas.rules as Record<string, RuleDefinition>)[ID];
original.setRuleset(new Ruleset({ formats: [oas2], rules: { [ID]: OAS_RULE } }));

const doc = (enums: unknown[][]): string =>
  JSON.stringify(
    {
      swagger: '2.0',
      info: { title: 'T', version: '1' },
      paths: {},
      definitions: Object.fromEntries(enums.map((e, i) => [`D${i}`, { enum: e }])),
    },
    null,
    2,
  );

async function findings(spectral: Spectral, text: string): Promise<string[]> {
  const results = await spectral.run(new Document(text, Json, '/virtual/apiDefinition.swagger.json'));
  return results
    .filter((r) => r.code === ID)
    .map((r) => `${r.path.join('.')}@${r.range.start.line}: ${r.message}`)
    .sort();
}

describe('duplicated-entry-in-enum in linear time', () => {
  it('fires on a duplicate with the message Spectral gives, and is silent on distinct values', () => {
    expect(uniqueEnum(['a', 'b', 'a', 'b', 'c', 'c'])).toEqual([
      { message: '"enum" property must not have duplicate items (items ## 4 and 5 are identical)' },
    ]);
    expect(
      uniqueEnum([
        { x: 1, y: [1] },
        { y: [1], x: 1 },
      ]),
    ).toHaveLength(1);
    expect(uniqueEnum(['a', 'b', 1, '1', null, 'null', true, 'true', [1], ['1'], { a: 1 }, { a: '1' }])).toEqual([]);
    expect(uniqueEnum('aa')).toEqual([]);
  });

  it('never loops on a cyclic (resolved) value', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(uniqueEnum([cyclic, cyclic, 1])).toEqual([]);
    expect(uniqueEnum([cyclic, 1, 1])).toHaveLength(1);
  });

  it("reports exactly what Spectral's own function reports on random enums", async () => {
    const ours = spectralFor('certified');
    const value = fc.oneof(fc.constantFrom('a', 'b', 1, '1', null, true, 0, [], {}), fc.jsonValue({ maxDepth: 2 }));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(value, { maxLength: 6 }), { minLength: 1, maxLength: 4 }), async (enums) => {
        const text = doc(enums);
        expect(await findings(ours, text)).toEqual(await findings(original, text));
      }),
      { numRuns: 60, seed: 7 },
    );
  }, 120_000);

  it('takes linear time: 20,000 values cost about 8 times 2,500 (a quadratic check would cost 64 times)', () => {
    const values = (n: number) => Array.from({ length: n }, (_, i) => ({ v: `value${i}`, n: [i] }));
    const time = (n: number): number => {
      const input = values(n);
      const started = performance.now();
      expect(uniqueEnum(input)).toEqual([]);
      return performance.now() - started;
    };
    time(2_500); // warm up
    const small = Math.min(time(2_500), time(2_500));
    const large = Math.min(time(20_000), time(20_000));
    expect(large / Math.max(small, 1)).toBeLessThan(24);
  });
});
