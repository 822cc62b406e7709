import * as path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { encodeUnsafe, escapeControls, maskSecrets } from '../utils/sanitize';

/** A line's text and its terminator; CRLF first so it counts as one. */
const LINE_END = /(\r\n|\n|\r)/;

/**
 * One line of a document as the diff prints it: secrets masked and controls escaped, as in every other output.
 * Tabs stay raw, so a diff of a tab-indented file still applies.
 */
function printableLine(line: string): string {
  return encodeUnsafe(maskSecrets(line), (c) => (c === '\t' ? c : escapeControls(c)));
}

/**
 * A document's text with each line made printable. A lone CR ends a line too (shown as LF: a CR-only file prints
 * as lines, not one line of raw CRs); CRLF is kept so the diff still applies to a CRLF file.
 */
function printableText(text: string): string {
  const parts = text.split(LINE_END);
  let out = '';
  for (let i = 0; i < parts.length; i += 2) {
    const end = parts[i + 1];
    out += printableLine(parts[i] ?? '') + (end === undefined ? '' : end === '\r\n' ? end : '\n');
  }
  return out;
}

/**
 * A unified diff of one file's change, with paths relative to `base` (as `git diff` shows them). It is printed, so
 * names and lines are sanitized; plain text is unchanged and the diff applies.
 */
export function unifiedDiff(file: string, before: string, after: string, base = process.cwd()): string {
  const rel = path.relative(base, file);
  const name = escapeControls((rel.startsWith('..') ? file : rel).split(path.sep).join('/').replace(/^\/+/, ''));
  const [a, b] = [printableText(before), printableText(after)];
  return createTwoFilesPatch(`a/${name}`, `b/${name}`, a, b, undefined, undefined, { context: 3 });
}
