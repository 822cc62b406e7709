import { escapeControls } from '../utils/sanitize';
import { escapeMarkdownCell, markdownCodeCell } from './escape';
import {
  counterpartOf,
  counterpartText,
  groupBySource,
  lines,
  microsoftPointer,
  perRule,
  relativePath,
  severityWord,
  type Finding,
} from './meta';
import { summaryLine } from './stylish';

export interface MarkdownOptions {
  cwd?: string;
}

/** A web address with nothing that would end a link destination or a table cell. */
const PLAIN_WEB_URL = /^https?:\/\/[^\s()<>|\\`]+$/;

/** A rule's cell: its code, a link to its documentation when that is a plain web address. */
function ruleCell(code: string, url: string | undefined): string {
  return url && PLAIN_WEB_URL.test(url) ? `[${escapeMarkdownCell(code)}](${url})` : escapeMarkdownCell(code);
}

/** Markdown for a pull-request comment or job summary: a summary line, then one table per file (a piece each). */
export function* markdownChunks(findings: readonly Finding[], options: MarkdownOptions = {}): Generator<string> {
  yield lines(['## ppc-lint', '', summaryLine(findings).replace(/^✖ /, ''), '']);
  const rule = perRule(ruleCell);
  for (const [source, list] of groupBySource(findings)) {
    const out: string[] = [];
    // A heading is one line: control characters in the file name are shown escaped (`\n`).
    out.push(`### ${escapeMarkdownCell(escapeControls(relativePath(source, options.cwd)) || '(no file)')}`, '');
    out.push('| line | severity | rule | message | pointer |', '|---:|---|---|---|---|');
    for (const f of list) {
      const pointer = microsoftPointer(f.path);
      // A diff finding's place in the other version ends its message, the file shown as the headings show files.
      const counterpart = counterpartOf(f);
      const message = counterpart
        ? `${f.message} (${counterpartText(counterpart, escapeControls(relativePath(counterpart.source, options.cwd)))})`
        : f.message;
      out.push(
        `| ${f.range.start.line + 1}:${f.range.start.character + 1} | ${severityWord(f.severity)} | ${rule(f.code, f.documentationUrl)} | ${escapeMarkdownCell(message)} | ${pointer ? markdownCodeCell(pointer) : ''} |`,
      );
    }
    out.push('');
    yield lines(out);
  }
}
