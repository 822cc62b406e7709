import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Ruleset } from '@stoplight/spectral-core';
import { buildRuleset } from '../../rulesets/build';
import { diffRules } from '../../src/diff';
import { renderRuleCounts, renderRuleDoc, renderRuleTable } from '../../src/report/rule-docs';
import { allRules } from '../../src/rules';
import { PROFILES, ruleDocUrl } from '../../src/types';
import { lintExample, ROOT } from '../helpers/lint';

function testSources(dir: string): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((e) => (e.isDirectory() ? testSources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? readFileSync(path.join(dir, e.name), 'utf8') : ''))
    .join('\n');
}

const allTests = testSources(path.join(ROOT, 'test/rules'));

describe('every rule', () => {
  it('has a unique id', () => {
    const ids = allRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(PROFILES)('the %s ruleset is accepted by Spectral', (profile) => {
    expect(() => new Ruleset(buildRuleset(profile))).not.toThrow();
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

    it('is named in a test under test/rules', () => {
      expect(allTests).toContain(`'${id}'`);
    });

    it('flags each non-compliant example', async () => {
      for (const example of meta.examples.invalid) {
        const results = await lintExample(rule, example);
        expect({ example: example.description, fired: results.length > 0 }).toEqual({ example: example.description, fired: true });
      }
    });

    it('passes each compliant example', async () => {
      for (const example of meta.examples.valid) {
        const results = await lintExample(rule, example);
        expect({ example: example.description, messages: results.map((r) => r.message) }).toEqual({ example: example.description, messages: [] });
      }
    });
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
    expect(counts).toMatch(/^\d+ rules \(\d+ Spectral rules for the definition, \d+ for `apiProperties.json`, \d+ folder-level rules; plus \d+ breaking-change/);
    expect(readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain(`<!-- counts:start -->\n${counts}\n<!-- counts:end -->`);
  });

  it('has no doc page without a rule', () => {
    const ids = new Set(allRules.map((r) => r.id));
    const orphans = readdirSync(path.join(ROOT, 'docs/rules')).filter((f) => !ids.has(f.replace(/\.md$/, '')));
    expect(orphans).toEqual([]);
  });
});
