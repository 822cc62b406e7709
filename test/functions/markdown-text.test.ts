import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Document, Ruleset, Spectral, type ISpectralDiagnostic, type RuleDefinition } from '@stoplight/spectral-core';
import { Json } from '@stoplight/spectral-parsers';
import { oas } from '@stoplight/spectral-rulesets';
import { Resolver } from '@stoplight/spectral-ref-resolver';
import { buildRuleset } from '../../rulesets/build';
import { validSwagger } from '../helpers/lint';
import { corpusFolders } from '../helpers/corpus';

// Spectral's own two markdown rules against ours (one call per document): the same findings, paths and ranges.
const RULE_IDS = ['no-eval-in-markdown', 'no-script-tags-in-markdown'];
const spectralRules = (oas as unknown as { rules: Record<string, RuleDefinition> }).rules;
const ourRules = buildRuleset('certified').rules as Record<string, RuleDefinition>;

function spectralWith(rules: Record<string, RuleDefinition>): Spectral {
  const spectral = new Spectral({ resolver: new Resolver({ resolvers: {} }) });
  const picked = Object.fromEntries(RULE_IDS.map((id) => [id, { ...rules[id], severity: 'warn' as const }]));
  spectral.setRuleset(new Ruleset({ rules: picked }));
  return spectral;
}

const original = spectralWith(spectralRules);
const ours = spectralWith(ourRules);

function comparable(results: ISpectralDiagnostic[]): string[] {
  return results.map((r) => JSON.stringify([r.code, r.path, r.message, r.range])).sort();
}

async function both(text: string, source = '/virtual/apiDefinition.swagger.json'): Promise<[string[], string[]]> {
  const expected = comparable(await original.run(new Document(text, Json, source)));
  const actual = comparable(await ours.run(new Document(text, Json, source)));
  return [actual, expected];
}

describe('no-eval-in-markdown and no-script-tags-in-markdown in one call per document', () => {
  it('are declared on the whole document, with the function options Spectral ships', () => {
    for (const id of RULE_IDS) {
      expect(ourRules[id].given).toBe('$');
      expect((ourRules[id].then as { functionOptions: unknown }).functionOptions).toEqual(
        (spectralRules[id].then as { functionOptions: unknown }).functionOptions,
      );
    }
  });

  it('find what Spectral finds: nested, in arrays, through $refs, beside non-text values', async () => {
    const d = validSwagger();
    d.info.description = 'Calls eval(x) and <script>.';
    d.definitions.Task.description = '<script>alert(1)</script>';
    d.definitions.Task.properties.title.title = 'eval(1)';
    d.definitions.Task.properties.description = { type: 'string', description: 'eval(nested)' };
    d.definitions.Task['x-list'] = [{ title: '<SCRIPT>' }, { description: 'ok' }, { title: '<script src=x>' }];
    d.definitions.Odd = { title: 5, description: { description: 'eval(' } };
    d.definitions.Copy = { $ref: '#/definitions/Task' };
    const [actual, expected] = await both(JSON.stringify(d, null, 2));
    expect(expected.length).toBeGreaterThan(6);
    expect(actual).toEqual(expected);
  });

  it('are silent where Spectral is', async () => {
    const [actual, expected] = await both(JSON.stringify(validSwagger(), null, 2));
    expect(expected).toEqual([]);
    expect(actual).toEqual([]);
  });

  const sample = corpusFolders().filter((_, i) => i % 50 === 0);
  (sample.length > 0 ? it : it.skip)(
    `on ${sample.length} corpus connectors, with eval( written into every description, the same findings`,
    async () => {
      let findings = 0;
      for (const dir of sample) {
        const file = path.join(dir, 'apiDefinition.swagger.json');
        if (!existsSync(file)) continue;
        // Every description becomes a finding, so every path the walk takes is compared.
        const text = readFileSync(file, 'utf8').replace(/("description"\s*:\s*")/g, '$1eval( <script ');
        const [actual, expected] = await both(text, file);
        expect({ dir, findings: actual }).toEqual({ dir, findings: expected });
        findings += expected.length;
      }
      expect(findings).toBeGreaterThan(100);
    },
    300_000,
  );
});
