import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import type { Fix } from 'sarif';
import type { DiagnosticFix } from '../fix/types';

type WithFix = ISpectralDiagnostic & { fix?: DiagnosticFix };

export function fixOf(d: ISpectralDiagnostic): DiagnosticFix | undefined {
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

/** SARIF `fixes` for a finding whose fix has edits (description and artifact changes), in the result's artifact. */
export function sarifFixes(d: ISpectralDiagnostic, uri: string): Fix[] | undefined {
  const fix = fixOf(d);
  if (!fix?.edits) return undefined;
  return [
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
}
