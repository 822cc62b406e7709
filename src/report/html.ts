import { escapeHtml } from './escape';
import {
  countBySeverity,
  counterpartOf,
  counterpartText,
  groupBySource,
  lines,
  microsoftPointer,
  perRule,
  plural,
  relativePath,
  severityWord,
  type Finding,
} from './meta';
import { summaryLine } from './stylish';

export interface HtmlOptions {
  cwd?: string;
  version?: string;
}

const STYLE = `body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}
table{border-collapse:collapse;width:100%;margin-bottom:2em}th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f3f3f3}.error{color:#b00020}.warning{color:#8a6d00}.info,.hint{color:#1f5fa8}code{font-size:12px;word-break:break-all}`;

/** A rule's cell: its code, a link to its documentation when that is a web page. */
function ruleCell(code: string, url: string | undefined): string {
  return url && /^https?:\/\//.test(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(code)}</a>` : escapeHtml(code);
}

/**
 * A self-contained HTML report (inline CSS, no scripts, no remote resources); every value escaped. In pieces: the
 * head, one table per file, the end.
 */
export function* htmlChunks(findings: readonly Finding[], options: HtmlOptions = {}): Generator<string> {
  const [e, w] = countBySeverity(findings);
  yield lines([
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>ppc-lint report: ${plural(e, 'error')}, ${plural(w, 'warning')}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>ppc-lint report${options.version ? ` <small>${escapeHtml(options.version)}</small>` : ''}</h1>`,
    `<p>${escapeHtml(summaryLine(findings))}</p>`,
  ]);
  const rule = perRule(ruleCell);
  for (const [source, list] of groupBySource(findings)) {
    const out: string[] = [];
    out.push(`<h2>${escapeHtml(relativePath(source, options.cwd) || '(no file)')}</h2>`);
    out.push(
      '<table><thead><tr><th>line</th><th>severity</th><th>rule</th><th>message</th><th>pointer</th></tr></thead><tbody>',
    );
    for (const f of list) {
      const sev = severityWord(f.severity);
      // A diff finding's place in the other version, under its message.
      const counterpart = counterpartOf(f);
      const other = counterpart
        ? `<br><small>${escapeHtml(counterpartText(counterpart, relativePath(counterpart.source, options.cwd)))}</small>`
        : '';
      out.push(
        `<tr><td>${f.range.start.line + 1}:${f.range.start.character + 1}</td><td class="${sev}">${sev}</td><td>${rule(f.code, f.documentationUrl)}</td><td>${escapeHtml(f.message)}${other}</td><td><code>${escapeHtml(microsoftPointer(f.path))}</code></td></tr>`,
      );
    }
    out.push('</tbody></table>');
    yield lines(out);
  }
  yield lines(['</body>', '</html>']);
}
