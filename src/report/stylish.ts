import { escapeControls } from '../utils/sanitize';
import {
  countBySeverity,
  counterpartOf,
  counterpartText,
  groupBySource,
  lines,
  oneLine,
  relativePath,
  severityWord,
  splitAcknowledgement,
  type Finding,
} from './meta';

export interface StylishOptions {
  /** Line width to fit (default 100). */
  width?: number;
  cwd?: string;
  /** Lines a long message may wrap onto before it is cut with "…" (default 4). */
  maxMessageLines?: number;
}

/** Split text into lines of at most `width` characters at spaces; words longer than a line are cut. */
export function wrapText(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let rest = text;
  while (rest.length > 0 && lines.length < maxLines) {
    if (rest.length <= width) {
      lines.push(rest);
      rest = '';
      break;
    }
    let cut = rest.lastIndexOf(' ', width);
    if (cut <= width / 3) cut = width;
    lines.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0 && lines.length > 0) {
    const last = lines[lines.length - 1] ?? '';
    lines[lines.length - 1] = `${last.length >= width ? last.slice(0, width - 1) : last}…`;
  }
  return lines;
}

/**
 * Compact, readable output: a header line per file, then `  line:col  severity  message  rule-id`, messages wrapped
 * to fit the width, and a summary line. In pieces: one per file, then the summary.
 */
export function* stylishChunks(findings: readonly Finding[], options: StylishOptions = {}): Generator<string> {
  const width = Math.max(60, options.width ?? 100);
  const maxLines = Math.max(1, options.maxMessageLines ?? 4);
  for (const [source, list] of groupBySource(findings)) {
    const out: string[] = [];
    // For a terminal: control characters in the file name shown escaped (`\n`, `\u001b`), never raw.
    out.push(escapeControls(relativePath(source, options.cwd)) || '(no file)');
    let posWidth = 0;
    for (const f of list)
      posWidth = Math.max(posWidth, `${f.range.start.line + 1}:${f.range.start.character + 1}`.length);
    for (const f of list) {
      const pos = `${f.range.start.line + 1}:${f.range.start.character + 1}`.padEnd(posWidth);
      const prefix = `  ${pos}  ${severityWord(f.severity).padEnd(7)}  `;
      const indent = ' '.repeat(prefix.length);
      const code = String(f.code);
      const room = Math.max(40, width - prefix.length);
      // A long message is cut, but an acknowledgement's reason is the author's word: wrapped whole on its own lines.
      const [text, acknowledgement] = splitAcknowledgement(f, oneLine(f.message));
      const lines = [...wrapText(text, room, maxLines), ...wrapText(acknowledgement, room, Infinity)];
      const last = lines.length - 1;
      // The rule id ends the message's last line when it fits, else it gets a line of its own.
      const withCode = (lines[last] ?? '').length + 2 + code.length <= room;
      for (let i = 0; i < lines.length; i++) {
        const text = i === last && withCode ? `${lines[i]}  ${code}` : lines[i];
        out.push(`${i === 0 ? prefix : indent}${text}`);
      }
      if (!withCode) out.push(`${indent}${code}`);
      // A diff finding's place in the other version, on a line of its own: a path is not wrapped.
      const counterpart = counterpartOf(f);
      if (counterpart)
        out.push(
          `${indent}${counterpartText(counterpart, escapeControls(relativePath(counterpart.source, options.cwd)))}`,
        );
    }
    out.push('');
    yield lines(out);
  }
  yield lines([summaryLine(findings)]);
}

/** "✖ 12 problems (3 errors, 9 warnings, 0 infos, 0 hints)" or "No problems found". */
export function summaryLine(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'No problems found.';
  const [e, w, i, h] = countBySeverity(findings);
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `✖ ${plural(findings.length, 'problem')} (${plural(e, 'error')}, ${plural(w, 'warning')}, ${plural(i, 'info')}, ${plural(h, 'hint')})`;
}
