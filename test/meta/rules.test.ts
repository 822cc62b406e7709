import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Ruleset } from '@stoplight/spectral-core';
import { buildApiPropertiesRuleset, buildRuleset } from '../../rulesets/build';
import { diffRules } from '../../src/diff';
import { renderRuleCounts, renderRuleDoc, renderRuleTable } from '../../src/report/rule-docs';
import { allRules, folderRules, spectralRules } from '../../src/rules';
import { aiRules } from '../../src/rules/ai';
import { apiPropertiesRules } from '../../src/rules/api-properties';
import { crossRules } from '../../src/rules/cross';
import { documentRules } from '../../src/rules/document';
import { dynamicRules } from '../../src/rules/dynamic';
import { extensionsRules } from '../../src/rules/extensions';
import { filesRules } from '../../src/rules/files';
import { hostRules } from '../../src/rules/host';
import { iconRules } from '../../src/rules/icon';
import { infoRules } from '../../src/rules/info';
import { limitsRules } from '../../src/rules/limits';
import { metadataRules } from '../../src/rules/metadata';
import { operationsRules } from '../../src/rules/operations';
import { parametersRules } from '../../src/rules/parameters';
import { pathsRules } from '../../src/rules/paths';
import { readmeRules } from '../../src/rules/readme';
import { responsesRules } from '../../src/rules/responses';
import { schemasRules } from '../../src/rules/schemas';
import { scriptRules } from '../../src/rules/script';
import { securityRules } from '../../src/rules/security';
import { settingsRules } from '../../src/rules/settings';
import { triggersRules } from '../../src/rules/triggers';
import { versioningRules } from '../../src/rules/versioning';
import { severityIn } from '../../src/profiles';
import { PROFILES, ruleDocUrl, type AnyRule } from '../../src/types';
import { lintExample, ROOT } from '../helpers/lint';

/** Each rule's area: the folder of `src/rules` that registers it, and of `test/rules` that tests it. */
const AREAS: ReadonlyArray<readonly [string, readonly AnyRule[]]> = [
  ['ai', aiRules],
  ['api-properties', apiPropertiesRules],
  ['cross', crossRules],
  ['document', documentRules],
  ['dynamic', dynamicRules],
  ['extensions', extensionsRules],
  ['files', filesRules],
  ['host', hostRules],
  ['icon', iconRules],
  ['info', infoRules],
  ['limits', limitsRules],
  ['metadata', metadataRules],
  ['operations', operationsRules],
  ['parameters', parametersRules],
  ['paths', pathsRules],
  ['readme', readmeRules],
  ['responses', responsesRules],
  ['schemas', schemasRules],
  ['script', scriptRules],
  ['security', securityRules],
  ['settings', settingsRules],
  ['triggers', triggersRules],
  ['versioning', versioningRules],
];
const areaOf = new Map(AREAS.flatMap(([area, rules]) => rules.map((r) => [r.id, area] as const)));

/** `test/rules/<area>/<id without "ppc-">.test.ts`, the rule's own scenario file. */
function ruleTestFile(id: string): string {
  return path.join(ROOT, 'test/rules', areaOf.get(id) ?? '(no area)', `${id.replace(/^ppc-/, '')}.test.ts`);
}

describe('every rule', () => {
  it('has a unique id', () => {
    const ids = allRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(PROFILES)('the %s ruleset is accepted by Spectral', (profile) => {
    expect(() => new Ruleset(buildRuleset(profile))).not.toThrow();
  });

  // spectral-cli rejects a severity for a rule its ruleset does not define ("Cannot extend non-existing rule").
  it.each(PROFILES)('the %s rulesets define every rule, those the profile leaves out disabled', (profile) => {
    const pairs = [
      [new Ruleset(buildRuleset(profile)), spectralRules],
      [new Ruleset(buildApiPropertiesRuleset(profile)), apiPropertiesRules],
    ] as const;
    for (const [ruleset, rules] of pairs) {
      for (const rule of rules) {
        const runs = severityIn(rule, profile) !== false;
        expect([rule.id, ruleset.rules[rule.id]?.enabled]).toEqual([rule.id, runs]);
      }
    }
    // The folder rules' placeholders never fire.
    const ruleset = new Ruleset(buildRuleset(profile));
    expect(folderRules.filter((r) => !Object.hasOwn(ruleset.rules, r.id))).toEqual([]);
  });

  describe.each(allRules.map((r) => [r.id, r] as const))('%s', (id, rule) => {
    const meta = rule.definition['x-ppc'];

    it('has metadata, a documentation URL and examples', () => {
      expect(rule.definition.documentationUrl).toBe(ruleDocUrl(id));
      expect(rule.definition.description?.length).toBeGreaterThan(10);
      expect(meta.requirements.length).toBeGreaterThan(0);
      expect(meta.sources.length).toBeGreaterThan(0);
      expect(meta.examples.invalid.length).toBeGreaterThan(0);
      expect(meta.examples.valid.length).toBeGreaterThan(0);
    });

    it('has an up-to-date doc page (npm run docs)', () => {
      const file = path.join(ROOT, 'docs/rules', `${id}.md`);
      expect(existsSync(file)).toBe(true);
      expect(readFileSync(file, 'utf8')).toBe(renderRuleDoc(rule));
    });

    it('has its own test file, test/rules/<area>/<id without ppc->.test.ts, that names it', () => {
      const file = ruleTestFile(id);
      expect({ file: path.relative(ROOT, file), exists: existsSync(file) }).toEqual({
        file: path.relative(ROOT, file),
        exists: true,
      });
      expect(readFileSync(file, 'utf8')).toContain(`'${id}'`);
      // Jest runs per-rule files through their area's file; without it the rule's tests would never run.
      expect(readFileSync(`${path.dirname(file)}.test.ts`, 'utf8')).toContain(
        `runArea('${path.basename(path.dirname(file))}')`,
      );
    });

    it('flags each non-compliant example', async () => {
      for (const example of meta.examples.invalid) {
        const results = await lintExample(rule, example);
        expect({ example: example.description, fired: results.length > 0 }).toEqual({
          example: example.description,
          fired: true,
        });
      }
    });

    it('passes each compliant example', async () => {
      for (const example of meta.examples.valid) {
        const results = await lintExample(rule, example);
        expect({ example: example.description, messages: results.map((r) => r.message) }).toEqual({
          example: example.description,
          messages: [],
        });
      }
    });
  });
});

describe('rule areas', () => {
  it('place every registered rule in exactly one area', () => {
    const placed = AREAS.flatMap(([, rules]) => rules.map((r) => r.id));
    expect([...placed].sort()).toEqual(allRules.map((r) => r.id).sort());
  });
});

describe('rule index', () => {
  it('docs/rules.md and the README table list every rule', () => {
    const table = renderRuleTable(allRules);
    expect(readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain(table);
    expect(readFileSync(path.join(ROOT, 'docs/rules.md'), 'utf8')).toContain(renderRuleTable(allRules, 'rules/'));
  });

  it('the README states the current rule counts', () => {
    const counts = renderRuleCounts(allRules, diffRules.length);
    expect(counts).toMatch(
      /^\d+ rules \(\d+ Spectral rules for the definition, \d+ for `apiProperties.json`, \d+ folder-level rules; plus \d+ rules for `ppc-lint diff`\)$/,
    );
    expect(readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain(
      `<!-- counts:start -->\n${counts}\n<!-- counts:end -->`,
    );
  });

  it('has no doc page without a rule', () => {
    const ids = new Set(allRules.map((r) => r.id));
    const orphans = readdirSync(path.join(ROOT, 'docs/rules')).filter((f) => !ids.has(f.replace(/\.md$/, '')));
    expect(orphans).toEqual([]);
  });
});
