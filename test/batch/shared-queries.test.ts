import { createRequire } from 'node:module';
import type { RulesetDefinition } from '@stoplight/spectral-core';
import { compiledQueryCount, shareCompiledQueries } from '../../src/batch/shared-queries';
import { validSwagger } from '../helpers/lint';

// The modules as Node loads them for `ppc-lint` (jest keeps a registry of its own, which the CLI never sees).
const nodeRequire = createRequire(__filename);
const core = nodeRequire('@stoplight/spectral-core') as typeof import('@stoplight/spectral-core');
const { oas } = nodeRequire('@stoplight/spectral-rulesets') as typeof import('@stoplight/spectral-rulesets');
const { Json } = nodeRequire('@stoplight/spectral-parsers') as typeof import('@stoplight/spectral-parsers');

const valid = JSON.stringify(validSwagger(), null, 2);
const broken = JSON.stringify({ ...validSwagger(), host: 'https://x.example.com/' }, null, 2);

async function lintAll(spectral: InstanceType<typeof core.Spectral>): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const [name, text] of [
    ['valid.json', valid],
    ['broken.json', broken],
  ])
    out.push(await spectral.run(new core.Document(text, Json, name)));
  return out;
}

describe('shareCompiledQueries', () => {
  it('compiles a ruleset’s paths once for any number of documents, with the same findings', async () => {
    const spectral = new core.Spectral();
    spectral.setRuleset(oas as RulesetDefinition);
    const unshared = await lintAll(spectral);
    expect(JSON.stringify(unshared)).toContain('oas2-host-trailing-slash');

    shareCompiledQueries();
    const start = compiledQueryCount();
    expect(await lintAll(spectral)).toEqual(unshared);
    const compiled = compiledQueryCount() - start;
    expect(compiled).toBeGreaterThan(0);
    expect(compiled).toBeLessThanOrEqual(2); // the resolved and the unresolved paths
    expect(await lintAll(spectral)).toEqual(unshared);
    expect(compiledQueryCount() - start).toBe(compiled);
  });
});
