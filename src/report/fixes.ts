import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import type { DiagnosticFix } from '../fix/types';

type WithFix = ISpectralDiagnostic & { fix?: DiagnosticFix };

function fixOf(d: ISpectralDiagnostic): DiagnosticFix | undefined {
  return (d as WithFix).fix;
}

/** The mark a finding with a fix gets in text formats. */
export function fixMark(fix: DiagnosticFix): string {
  return fix.kind === 'safe' ? '(fixable)' : '(suggestion: ppc-lint fix --suggestions)';
}

/** Copies of the diagnostics whose message ends with the fix mark, for the text formats. */
export function markFixable(diagnostics: readonly ISpectralDiagnostic[]): ISpectralDiagnostic[] {
  return diagnostics.map((d) => {
    const fix = fixOf(d);
    return fix ? { ...d, message: `${d.message} ${fixMark(fix)}` } : d;
  });
}

/** The JSON format's array, each result with the `fix` of its diagnostic (results keep the input order). */
export function addFixesToJson(output: string, diagnostics: readonly ISpectralDiagnostic[]): string {
  if (!diagnostics.some(fixOf)) return output;
  const results = JSON.parse(output) as Record<string, unknown>[];
  results.forEach((r, i) => {
    const fix = diagnostics[i] && fixOf(diagnostics[i]!);
    if (fix) r.fix = fix;
  });
  return JSON.stringify(results, null, '\t');
}

interface SarifResult {
  locations?: { physicalLocation?: { artifactLocation?: { uri?: string } } }[];
  fixes?: unknown[];
}

/** SARIF `fixes` (description and artifact changes) on the results whose diagnostic has edits. */
export function addFixesToSarif(output: string, diagnostics: readonly ISpectralDiagnostic[]): string {
  if (!diagnostics.some((d) => fixOf(d)?.edits)) return output;
  const log = JSON.parse(output) as { runs?: { results?: SarifResult[] }[] };
  const results = log.runs?.[0]?.results ?? [];
  results.forEach((r, i) => {
    const fix = diagnostics[i] && fixOf(diagnostics[i]!);
    if (!fix?.edits) return;
    const uri = r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '';
    r.fixes = [
      {
        description: { text: fix.description },
        artifactChanges: [
          {
            artifactLocation: { uri },
            replacements: fix.edits.map((e) => ({
              deletedRegion: {
                startLine: e.range.start.line + 1,
                startColumn: e.range.start.character + 1,
                endLine: e.range.end.line + 1,
                endColumn: e.range.end.character + 1,
                charOffset: e.offset,
                charLength: e.length,
              },
              insertedContent: { text: e.content },
            })),
          },
        ],
      },
    ];
  });
  return JSON.stringify(log, null, 2);
}
