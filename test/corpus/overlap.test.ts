import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import { lintConnector } from '../../src/lint';
import { ROOT } from '../helpers/lint';

// Lints an evenly spread, fixed sample of ../shared/corpus and fails when two rules report the same JSON path,
// unless the pair is allowed below: one defect gets one finding, from the rule that owns it.
const CORPUS = path.join(ROOT, '../shared/corpus');
const SAMPLE = 60;
const present = existsSync(path.join(CORPUS, 'manifest.tsv'));
if (!present) console.warn(`overlap test skipped: ${CORPUS} is missing`);
const maybe = present ? describe : describe.skip;

/**
 * Rule pairs that may report the same path because they report different defects there, with the reason.
 * Keys are the two rule ids in alphabetical order, joined by " + ".
 */
const ALLOWED_OVERLAPS: Record<string, string> = {
  'ppc-publisher-required + ppc-stack-owner-required':
    'two different missing keys of apiProperties, both reported at `properties`',
  'ppc-param-summary-chars + ppc-param-summary-title-case':
    'one label, two defects: a character outside letters, digits and parentheses, and a word not in title case',
  'ppc-param-summary-chars + ppc-param-summary-length': 'one label, two defects: a character and its length',
  'ppc-param-summary-length + ppc-param-summary-title-case': 'one label, two defects: its length and its casing',
  'ppc-property-description + ppc-response-property-x-ms-summary':
    'properties grouped at their `properties` object: one lacks a description, the other an x-ms-summary',
  'ppc-property-description + ppc-property-x-ms-summary': 'same: two different missing keys, grouped at `properties`',
  'ppc-param-x-ms-summary + ppc-path-param-encoding':
    'two different missing keys on one parameter: the label and x-ms-url-encoding',
  'ppc-param-description + ppc-path-param-encoding':
    'two different missing keys on one parameter: the description and x-ms-url-encoding',
  'ppc-param-description + ppc-param-x-ms-summary':
    'two different missing keys on one parameter: the description and the label',
  'ppc-path-param-encoding + ppc-shared-params':
    'a shared path parameter without x-ms-url-encoding, and a parameter that should be shared',
  'ppc-param-x-ms-summary + ppc-shared-params': 'a missing label, and a parameter that should be shared',
  'ppc-param-description + ppc-shared-params': 'a missing description, and a parameter that should be shared',
  'ppc-trigger-hint + ppc-visibility-declared':
    'two different missing keys on one operation: x-ms-trigger-hint and x-ms-visibility',
  'ppc-trigger-hint + ppc-webhook-delete-operation':
    'a missing trigger hint, and a webhook without its DELETE operation',
  'ppc-visibility-declared + ppc-webhook-delete-operation':
    'a missing x-ms-visibility, and a webhook without its DELETE operation',
  'ppc-path-partial-duplicate + ppc-visibility-declared': 'an ambiguous path, and an operation without x-ms-visibility',
  'ppc-description-no-urls + ppc-description-op-sentence':
    'a link in the text, and a text that does not end like a sentence',
  'ppc-description-no-urls + ppc-param-description-sentence':
    'a link in the text, and a text that does not end like a sentence',
  'ppc-summary-alnum-parens + ppc-summary-naming-pattern':
    'a character in the summary, and a summary that does not start with a verb',
  'ppc-summary-alnum-parens + ppc-trigger-summary-pattern':
    'a character in the summary, and a trigger summary that does not start with "When"',
  'ppc-description-no-api-word + ppc-description-no-product-names':
    'two different words in one description: "API" and a Microsoft product name',
  'ppc-notification-url-body-required + ppc-param-body-x-ms-summary':
    'a webhook body without the notification URL, and a body parameter without a label',
};

function sample(): string[] {
  const rows = readFileSync(path.join(CORPUS, 'manifest.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t')[1]);
  const step = rows.length / SAMPLE;
  return Array.from({ length: SAMPLE }, (_, i) => path.join(CORPUS, rows[Math.floor(i * step)]));
}

/** `a + b` for every pair of rules that report the same non-empty path in one file. */
function sharedPaths(diagnostics: readonly ISpectralDiagnostic[]): Map<string, string> {
  const byPath = new Map<string, Set<string>>();
  for (const d of diagnostics) {
    if (d.path.length === 0) continue; // whole-file findings
    const key = `${d.source ?? ''}#${d.path.join('/')}`;
    const codes = byPath.get(key) ?? new Set<string>();
    codes.add(String(d.code));
    byPath.set(key, codes);
  }
  const pairs = new Map<string, string>();
  for (const [where, codes] of byPath) {
    const list = [...codes].sort();
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) pairs.set(`${list[i]} + ${list[j]}`, where);
  }
  return pairs;
}

maybe('one finding per defect on a corpus sample', () => {
  it(`no two rules report the same path for the same defect (${SAMPLE} connectors)`, async () => {
    const unexpected = new Map<string, string>();
    let linted = 0;
    for (const dir of sample()) {
      const { diagnostics } = await lintConnector(dir);
      linted++;
      for (const [pair, where] of sharedPaths(diagnostics))
        if (!Object.hasOwn(ALLOWED_OVERLAPS, pair) && !unexpected.has(pair)) unexpected.set(pair, where);
    }
    expect(linted).toBe(SAMPLE);
    expect(Object.fromEntries(unexpected)).toEqual({});
  }, 900_000);

  it('the check itself catches a shared path', () => {
    const at = (code: string, p: string[]): ISpectralDiagnostic => ({
      code,
      path: p,
      message: '',
      severity: 1,
      source: '/x.json',
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    });
    const pairs = sharedPaths([
      at('b', ['paths', '/a']),
      at('a', ['paths', '/a']),
      at('c', ['paths', '/b']),
      at('d', []),
    ]);
    expect([...pairs.keys()]).toEqual(['a + b']);
  });
});
