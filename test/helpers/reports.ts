import { readFileSync } from 'node:fs';

// What every report format must look like, checked the same way on the whole corpus (test/corpus) and on a sample
// of real connectors (test/cli/batch.test.ts). Large reports are read as bytes: decoding and splitting hundreds of MB
// would take seconds.

/** The JSON-family and XML reports, checked by test/helpers/report-checks.js (a schema, an XML parser). */
export interface ReportCheck {
  format: string;
  valid: boolean;
  errors: string[];
  entries: number;
}

/** Lines in a report: line feeds, plus one for a last line without one. */
export function lineCount(bytes: Buffer): number {
  let lines = 0;
  for (let at = bytes.indexOf(10); at >= 0; at = bytes.indexOf(10, at + 1)) lines++;
  return bytes.length > 0 && bytes[bytes.length - 1] !== 10 ? lines + 1 : lines;
}

/** The lines that start with a space and are longer than `columns` characters (UTF-8 decoded only when needed). */
export function indentedLinesOver(bytes: Buffer, columns: number): string[] {
  const over: string[] = [];
  for (let start = 0; start < bytes.length;) {
    const nl = bytes.indexOf(10, start);
    const end = nl < 0 ? bytes.length : nl;
    // A line's characters are never more than its bytes.
    if (bytes[start] === 32 && end - start > columns) {
      const line = bytes.toString('utf8', start, end);
      if (line.length > columns) over.push(line);
    }
    start = end + 1;
  }
  return over;
}

/** Lines of `bytes` that start with `prefix`. */
function linesStartingWith(bytes: Buffer, prefix: string): number {
  const needle = Buffer.from(`\n${prefix}`);
  let count = bytes.subarray(0, prefix.length).toString('utf8') === prefix ? 1 : 0;
  for (let at = bytes.indexOf(needle); at >= 0; at = bytes.indexOf(needle, at + 1)) count++;
  return count;
}

/**
 * Checks one text report of a run with `findings` findings (more than 50): stylish, text, markdown, html, teamcity
 * or github-actions. Fails the test with the format named.
 */
export function expectTextReport(format: string, file: string, findings: number): void {
  const bytes = readFileSync(file);
  const shape = { format, ...textShape(format, bytes, findings) };
  expect(shape).toEqual({ format, ok: true });
}

function textShape(format: string, bytes: Buffer, findings: number): { ok: true } | { ok: false; why: unknown } {
  const fail = (why: unknown) => ({ ok: false as const, why });
  switch (format) {
    case 'stylish': {
      // More lines than findings (file headers, a summary); finding lines fit 100 columns, a file's header line is
      // its path, whatever its length.
      if (lineCount(bytes) <= findings) return fail(`${lineCount(bytes)} lines for ${findings} findings`);
      const over = indentedLinesOver(bytes, 100);
      return over.length === 0 ? { ok: true } : fail(over.slice(0, 3));
    }
    case 'text':
      return lineCount(bytes) >= findings ? { ok: true } : fail(`${lineCount(bytes)} lines for ${findings} findings`);
    case 'teamcity': {
      // One inspection message per finding.
      const inspections = linesStartingWith(bytes, '##teamcity[inspection ');
      return inspections === findings ? { ok: true } : fail(`${inspections} inspections for ${findings} findings`);
    }
    case 'markdown':
      return bytes.includes('\n| ') ? { ok: true } : fail('no table row');
    case 'html':
      return bytes.subarray(-64).toString('utf8').trimEnd().endsWith('</html>') ? { ok: true } : fail('no </html>');
    case 'github-actions': {
      // 50 annotations (the default --max-annotations), then one notice that counts the rest.
      const lines = bytes.toString('utf8').trimEnd().split('\n');
      const annotations = lines.filter((l) => /^::(error|warning|notice) /.test(l) && !l.includes('title=ppc-lint::'));
      if (annotations.length !== 50) return fail(`${annotations.length} annotations`);
      return /more findings not annotated/.test(lines.at(-1) ?? '') ? { ok: true } : fail(lines.at(-1));
    }
    default:
      return fail(`no check for ${format}`);
  }
}
