import { escapeXml } from './escape';
import { groupBySource, microsoftPointer, oneLine, relativePath, severityWord, type Finding } from './meta';

export interface JunitOptions {
  cwd?: string;
  /** Findings at this Spectral severity code or more severe are failures (default 0: errors). */
  failSeverity?: number;
}

/**
 * JUnit XML: one test suite per file, one test case per finding; findings at or above the fail severity are
 * `<failure>`s, the others pass with the finding in `<system-out>` so no result is lost. In pieces: the header with
 * the totals, one test suite per file, the end.
 */
export function* junitChunks(findings: readonly Finding[], options: JunitOptions = {}): Generator<string> {
  const threshold = options.failSeverity ?? 0;
  const groups = groupBySource(findings);
  const totalFailures = findings.filter((f) => f.severity <= threshold).length;
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="ppc-lint" tests="${findings.length === 0 ? 1 : findings.length}" failures="${totalFailures}" errors="0">\n`;
  if (groups.size === 0)
    yield '  <testsuite name="ppc-lint" tests="1" failures="0" errors="0" skipped="0">\n    <testcase classname="ppc-lint" name="no findings"/>\n  </testsuite>\n';
  for (const [source, list] of groups) {
    const file = escapeXml(relativePath(source, options.cwd) || '(no file)');
    const cases: string[] = [];
    let failures = 0;
    for (const f of list) {
      const line = f.range.start.line + 1;
      const col = f.range.start.character + 1;
      const pointer = microsoftPointer(f.path);
      const name = `${String(f.code)} at ${line}:${col}${pointer ? ` ${pointer}` : ''}`;
      const severity = escapeXml(severityWord(f.severity));
      // Escaped in parts: the file and the message once each (the separators are ASCII and need no escape).
      const message = escapeXml(oneLine(f.message));
      const detail = `${file}:${line}:${col} ${severity} ${message}`;
      const head = `    <testcase classname="${file}" name="${escapeXml(name)}" file="${file}" line="${line}">`;
      if (f.severity <= threshold) {
        failures++;
        cases.push(
          `${head}\n      <failure message="${message}" type="${severity}">${detail}</failure>\n    </testcase>`,
        );
      } else {
        cases.push(`${head}\n      <system-out>${detail}</system-out>\n    </testcase>`);
      }
    }
    yield `  <testsuite name="${file}" tests="${list.length}" failures="${failures}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>\n`;
  }
  yield '</testsuites>\n';
}
