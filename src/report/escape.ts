import { encodeUnsafe, hex4, UNSAFE_ABOVE_C0 } from '../utils/sanitize';

/** Characters XML 1.0 does not allow at all (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF). */
const XML_INVALID =
  // eslint-disable-next-line no-control-regex -- control characters are what this pattern finds.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A numeric character reference: `&#10;`. */
const numericReference = (c: string): string => `&#${c.charCodeAt(0)};`;

/**
 * Text or attribute value for XML: markup characters escaped, characters XML forbids replaced with U+FFFD, and the
 * other unsafe ones XML allows (tab, LF, CR, DEL, C1 controls, separators, bidirectional marks) written as numeric
 * references, so a file name keeps its tab or newline through attribute normalisation and none is ever raw.
 */
export function escapeXml(value: string): string {
  return encodeUnsafe(
    String(value)
      .replace(XML_INVALID, '\uFFFD')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;'),
    numericReference,
  );
}

/**
 * HTML text: as XML, with the apostrophe as a numeric reference (HTML 4 has no `&apos;`) and DEL and the C1 controls
 * as U+FFFD (HTML reads `&#128;` to `&#159;` as Windows-1252 characters, not as those code points).
 */
export function escapeHtml(value: string): string {
  return escapeXml(String(value).replace(/[\u007f-\u009f]/g, '\uFFFD')).replace(/&apos;/g, '&#39;');
}

/**
 * JSON text (from `JSON.stringify`) with the unsafe characters it leaves raw (DEL, C1 controls, separators,
 * bidirectional marks) written as `\u` escapes: the same value once parsed, no such character raw. C0 controls
 * stay: `JSON.stringify` escapes them in strings, so the ones left are the text's own indentation and line breaks.
 * Outside strings JSON holds none of the others, and one inside a string is never the second half of an escape.
 */
export function escapeJsonText(json: string): string {
  // The pattern leaves C0 out: matching every line break of an indented report tripled its time.
  return json.replace(UNSAFE_ABOVE_C0, (c) => `\\u${hex4(c)}`);
}

const TEAMCITY_ESCAPES: ReadonlyMap<string, string> = new Map([
  ['\n', '|n'],
  ['\r', '|r'],
  ['\u0085', '|x'],
  ['\u2028', '|l'],
  ['\u2029', '|p'],
]);

/**
 * A TeamCity service-message value: `|`, `'`, `[`, `]` and line breaks escaped as Spectral's teamcity formatter does
 * for messages, and every other unsafe character as TeamCity's `|0xNNNN`, so the value is whole and on one line.
 */
export function escapeTeamcity(value: string): string {
  return encodeUnsafe(String(value).replace(/[|'[\]]/g, '|$&'), (c) => TEAMCITY_ESCAPES.get(c) ?? `|0x${hex4(c)}`);
}

/** Markdown table cell: pipes and HTML escaped, on one line. */
export function escapeMarkdownCell(value: string): string {
  return String(value)
    .replace(/\s+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/([`*_[\]])/g, '\\$1')
    .trim();
}
