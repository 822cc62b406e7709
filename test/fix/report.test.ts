import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import { attachFixes, FIX_META } from '../../src/fix';
import { lintConnector, rulesetFor } from '../../src/lint';
import { formatDiagnostics } from '../../src/report';
import { brokenDefinition, serialize, STYLES, tempConnector } from './helpers';
import { promises as fs } from 'node:fs';

describe('findings with a fix in every format', () => {
  let diagnostics: ISpectralDiagnostic[] = [];
  let dir = '';
  beforeAll(async () => {
    dir = await tempConnector({ 'apiDefinition.swagger.json': serialize(brokenDefinition().broken, STYLES[1]) });
    const result = await lintConnector(dir);
    diagnostics = attachFixes(result.diagnostics, result.connector);
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it('attachFixes gives a fix only to findings whose fixer has a certain edit', () => {
    const punct = diagnostics.find((d) => d.code === 'ppc-summary-no-trailing-punct') as ISpectralDiagnostic & {
      fix?: unknown;
    };
    // The edit (removing the final period) is on the finding's line.
    expect(punct.fix).toMatchObject({
      kind: 'safe',
      edits: [{ content: '', range: { start: { line: punct.range.start.line } } }],
    });
    // Every finding of a rule without a fixer stays without a fix (and the fixture has such findings).
    const unfixable = (diagnostics as (ISpectralDiagnostic & { fix?: unknown })[]).filter(
      (d) => !FIX_META.has(String(d.code)),
    );
    expect(unfixable.length).toBeGreaterThan(0);
    expect(unfixable.filter((d) => d.fix !== undefined).map((d) => d.code)).toEqual([]);
  });

  it('stylish marks fixable findings and suggestions', () => {
    const out = formatDiagnostics(diagnostics, 'stylish', { failSeverity: 'error' });
    // Stylish wraps long messages, so the mark and the rule id may sit on different lines.
    expect(out).toMatch(/\(fixable\)\s+ppc-summary-no-trailing-punct/);
    expect(out).toMatch(/\(suggestion: ppc-lint fix\s+--suggestions\)/);
    const unfixable = String(diagnostics.find((d) => !FIX_META.has(String(d.code)))?.code);
    expect(out).not.toMatch(new RegExp(`\\(fixable\\)\\s+${unfixable}\\b`));
  });

  it('JSON carries the fix with its edits', () => {
    const out = JSON.parse(formatDiagnostics(diagnostics, 'json', { failSeverity: 'error' })) as {
      code: string;
      fix?: { edits?: unknown[] };
    }[];
    expect(out.find((d) => d.code === 'ppc-schemes-https-only')?.fix?.edits).toHaveLength(1);
    expect(out.find((d) => !FIX_META.has(d.code))?.fix).toBeUndefined();
  });

  it('SARIF results get fixes with artifact changes', () => {
    const out = JSON.parse(
      formatDiagnostics(diagnostics, 'sarif', {
        failSeverity: 'error',
        ruleset: rulesetFor('certified'),
        version: '1',
      }),
    ) as {
      runs: {
        results: {
          ruleId: string;
          fixes?: {
            description: { text: string };
            artifactChanges: {
              replacements: { deletedRegion: { startLine: number }; insertedContent: { text: string } }[];
            }[];
          }[];
        }[];
      }[];
    };
    const result = out.runs[0].results.find((r) => r.ruleId === 'ppc-summary-no-trailing-punct');
    const line = diagnostics.find((d) => d.code === 'ppc-summary-no-trailing-punct')!.range.start.line + 1;
    expect(result?.fixes?.[0]?.artifactChanges[0]?.replacements[0]).toMatchObject({
      deletedRegion: { startLine: line },
      insertedContent: { text: '' },
    });
    expect(out.runs[0].results.find((r) => r.ruleId === 'ppc-single-response-schema')?.fixes).toBeUndefined();
  });
});
