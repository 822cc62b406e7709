import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Document, type RuleDefinition } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { Json } from '@stoplight/spectral-parsers';
import { oas } from '@stoplight/spectral-rulesets';
import { OAS_RULE_SEVERITY, OAS_RULES_KEPT, OAS_RULES_OFF } from '../../rulesets/build';
import { spectralFor } from '../../src/lint';
import { sourceKey } from '../../src/report/rule-docs';
import { allRules } from '../../src/rules';
import { ROOT, validSwagger, VIRTUAL_SOURCE } from '../helpers/lint';

type OasRule = RuleDefinition & { recommended?: boolean };

/** The spectral:oas rules a Swagger 2.0 document meets when the ruleset extends `recommended`. */
const oas2Rules = Object.entries(oas.rules as Record<string, OasRule>)
  .filter(
    ([id, r]) =>
      r.recommended !== false && !id.startsWith('oas3') && (r.formats === undefined || [...r.formats].includes(oas2)),
  )
  .map(([id]) => id);

describe('spectral:oas rules in the published rulesets', () => {
  it('each is decided once: off, relevelled, or kept with a reason', () => {
    const off = new Set<string>(OAS_RULES_OFF);
    for (const id of oas2Rules) {
      const where = [off.has(id), Object.hasOwn(OAS_RULE_SEVERITY, id), Object.hasOwn(OAS_RULES_KEPT, id)].filter(
        Boolean,
      ).length;
      expect({ id, where }).toEqual({ id, where: 1 });
    }
  });

  it('the README lists every rule that stays on', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    for (const id of [...Object.keys(OAS_RULES_KEPT), ...Object.keys(OAS_RULE_SEVERITY)])
      expect({ id, listed: readme.includes(`\`${id}\``) }).toEqual({ id, listed: true });
  });

  it('rules whose messages name nothing are silent: a trailing slash in a path key is no finding', async () => {
    const doc = validSwagger();
    doc.paths['/tasks/'] = doc.paths['/tasks'];
    delete doc.paths['/tasks'];
    const results = await spectralFor('certified').run(
      new Document(JSON.stringify(doc, null, 4), Json, VIRTUAL_SOURCE),
    );
    expect(results.filter((r) => r.code === 'path-keys-no-trailing-slash')).toEqual([]);
    doc.paths['/tasks/'].get.parameters[0].enum = ['open', 'open'];
    const withDuplicate = await spectralFor('certified').run(
      new Document(JSON.stringify(doc, null, 4), Json, VIRTUAL_SOURCE),
    );
    expect(withDuplicate.filter((r) => r.code === 'duplicated-entry-in-enum')).toHaveLength(1);
  });
});

describe('docs/sources.md', () => {
  it('explains every source code the rules cite', () => {
    const text = readFileSync(path.join(ROOT, 'docs/sources.md'), 'utf8');
    const headings = new Set([...text.matchAll(/^### (\S+)$/gm)].map((m) => m[1]));
    const codes = new Set(allRules.flatMap((r) => r.definition['x-ppc'].sources.map(sourceKey)));
    for (const code of codes) expect({ code, explained: headings.has(code) }).toEqual({ code, explained: true });
    for (const pr of new Set(
      allRules
        .flatMap((r) => r.definition['x-ppc'].sources)
        .map((s) => /^PR#\d+/.exec(s)?.[0])
        .filter((s): s is string => !!s),
    )) {
      expect({ pr, listed: text.includes(`| ${pr} |`) }).toEqual({ pr, listed: true });
    }
    expect(sourceKey('L-SVR OperationIdSanitized')).toBe('L-SVR');
    expect(sourceKey('PR#3841')).toBe('PR#n');
  });
});
