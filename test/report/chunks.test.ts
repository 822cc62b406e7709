import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import { codeClimate, teamcity, text } from '@stoplight/spectral-formatters';
import { FORMAT_NAMES, formatChunks, formatDiagnostics, printable } from '../../src/report';
import { markFixable } from '../../src/report/fixes';

// Reports are rendered in pieces (a file or a slice of findings each), so none is ever one string. Spectral's own
// formatters are called piece by piece too: the joined pieces must be exactly what one call over all findings gives.
const SOURCES = ['/work/a.json', '7', '/work/b c.json', '42', '/work/a.json/x', 'README.md'];

function findings(count: number): ISpectralDiagnostic[] {
  return Array.from({ length: count }, (_, i) => ({
    code: `ppc-rule-${i % 5}`,
    message: i % 4 === 0 ? `Value 'x' | [y] \u2028 "quoted"\nnext` : `Finding ${i}`,
    severity: (i % 4) as 0 | 1 | 2 | 3,
    // Integer-like names come first in Spectral's grouping (object keys); a finding without a file is left out.
    source: i % 97 === 0 ? undefined : SOURCES[(i * 7) % SOURCES.length],
    path: ['paths', `/p${i % 13}`, 'get'],
    range: { start: { line: i % 300, character: i % 9 }, end: { line: i % 300, character: 20 } },
    ...(i % 3 === 0 ? { documentationUrl: `https://example.test/${i % 5}` } : {}),
    ...(i % 10 === 1 ? { fix: { kind: 'safe', description: 'Fix it.' } } : {}),
  }));
}

/** What Spectral's formatter prints for the same findings, with the newline every report ends with. */
function spectralOutput(formatter: typeof text, diagnostics: ISpectralDiagnostic[]): string {
  const out = formatter(markFixable(diagnostics.map(printable)), { failSeverity: 0 });
  return out === '' || out.endsWith('\n') ? out : `${out}\n`;
}

describe.each([
  ['text', text],
  ['teamcity', teamcity],
  ['code-climate', codeClimate],
] as const)("Spectral's %s formatter, called piece by piece", (format, formatter) => {
  it.each([0, 1, 5, 12_345])('gives what one call gives, for %i findings', (count) => {
    const diagnostics = findings(count);
    expect(formatDiagnostics(diagnostics, format, { failSeverity: 'error' })).toBe(
      spectralOutput(formatter, diagnostics),
    );
  });
});

describe('every format in pieces', () => {
  it.each(FORMAT_NAMES.filter((f) => f !== 'github-actions'))(
    '%s: no piece holds more than a third of a report on six files',
    (format) => {
      const pieces = [...formatChunks(findings(20_000), format, { failSeverity: 'error' })];
      const total = pieces.reduce((n, p) => n + p.length, 0);
      expect(pieces.length).toBeGreaterThan(5);
      expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(total / 3);
      expect(pieces.join('').endsWith('\n')).toBe(true);
    },
  );

  it.each(FORMAT_NAMES)('%s: a report of no findings has no empty pieces and keeps its structure', (format) => {
    const pieces = [...formatChunks([], format, { failSeverity: 'error' })];
    expect(pieces.every((p) => p !== '')).toBe(true);
    const whole = pieces.join('');
    if (format === 'text' || format === 'teamcity' || format === 'github-actions') expect(whole).toBe('');
    else if (format === 'json' || format === 'code-climate') expect(JSON.parse(whole)).toEqual([]);
    else expect(whole.endsWith('\n')).toBe(true);
  });
});
