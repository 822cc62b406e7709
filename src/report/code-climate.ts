import * as path from 'node:path';
import { escapeJsonText } from './escape';
import type { Finding } from './meta';

export interface CodeClimateOptions {
  cwd?: string;
}

const SEVERITY: Record<number, string> = { 0: 'critical', 1: 'major', 2: 'minor', 3: 'info' };

/** Findings per `JSON.stringify`: the array is written in slices. */
const SLICE = 5000;

/**
 * The file as Spectral's code-climate formatter names it: relative to the working directory, forward slashes, `.`
 * for none. Spectral's own reads every backslash as a separator (a file name's `\` became `/`); here only the
 * platform's separator is one, so the name is the real one.
 */
function issuePath(source: string | undefined, cwd: string): string {
  if (!source) return '.';
  return path.relative(cwd, source).split(path.sep).join('/') || '.';
}

/** One issue, with the fields and key order of Spectral's code-climate formatter. */
function issue(f: Finding, file: string): Record<string, unknown> {
  return {
    type: 'issue',
    check_name: String(f.code),
    description: f.message,
    categories: ['Style'],
    location: {
      path: file,
      positions: {
        begin: { line: f.range.start.line, column: f.range.start.character },
        end: { line: f.range.end.line, column: f.range.end.character },
      },
    },
    severity: SEVERITY[f.severity],
    fingerprint: `${file}:${f.path.join('.')}:${String(f.code)}`,
  };
}

/**
 * Code Climate issues (GitLab code quality): the same text as Spectral's code-climate formatter (a tab-indented JSON
 * array), in slices, with the real file name JSON-encoded.
 */
export function* codeClimateChunks(findings: readonly Finding[], options: CodeClimateOptions = {}): Generator<string> {
  const cwd = options.cwd ?? process.cwd();
  if (findings.length === 0) {
    yield '[]';
    return;
  }
  yield '[\n';
  // Findings come by file: each file's name is worked out once.
  let source: string | undefined;
  let file = issuePath(undefined, cwd);
  const fileOf = (f: Finding): string => {
    if (f.source !== source) file = issuePath((source = f.source), cwd);
    return file;
  };
  for (let i = 0; i < findings.length; i += SLICE) {
    const items = findings.slice(i, i + SLICE).map((f) => issue(f, fileOf(f)));
    // `[\n\t{...},\n\t{...}\n]` without the `[\n` and `\n]`.
    const body = escapeJsonText(JSON.stringify(items, null, '\t').slice(2, -2));
    yield i === 0 ? body : `,\n${body}`;
  }
  yield '\n]';
}
