import { encodeUnsafe, hasUnsafeAboveC0, hex4, UNSAFE_ABOVE_C0, UNSAFE_OR_SURROGATE } from '../utils/sanitize';
import { oneLine } from './meta';

/** Characters XML 1.0 does not allow at all (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF). */
const XML_INVALID =
  // eslint-disable-next-line no-control-regex -- control characters are what this pattern finds.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A numeric character reference: `&#10;`. */
const numericReference = (c: string): string => `&#${c.charCodeAt(0)};`;

/** Markup characters and their entities, `&` first. */
const XML_ENTITIES: ReadonlyArray<[string, string]> = [
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['"', '&quot;'],
  ["'", '&apos;'],
];
/** HTML 4 has no `&apos;`. */
const HTML_ENTITIES: ReadonlyArray<[string, string]> = [...XML_ENTITIES.slice(0, 4), ["'", '&#39;']];

/**
 * Markup characters as entities, each replaced only in text that has it. The passes for forbidden and unsafe
 * characters run only on text that has one (or a surrogate): most text has none.
 */
function escapeMarkup(value: string, entities: ReadonlyArray<[string, string]>, html: boolean): string {
  let text = String(value);
  const unusual = UNSAFE_OR_SURROGATE.test(text);
  if (unusual) {
    if (html) text = text.replace(/[\u007f-\u009f]/g, '\uFFFD');
    text = text.replace(XML_INVALID, '\uFFFD');
  }
  for (const [c, entity] of entities) if (text.includes(c)) text = text.replaceAll(c, entity);
  return unusual ? encodeUnsafe(text, numericReference) : text;
}

/**
 * Text or attribute value for XML: markup characters escaped, characters XML forbids replaced with U+FFFD, and the
 * other unsafe ones XML allows (tab, LF, CR, DEL, C1 controls, separators, bidirectional marks) written as numeric
 * references, so a file name keeps its tab or newline through attribute normalisation and none is ever raw.
 */
export function escapeXml(value: string): string {
  return escapeMarkup(value, XML_ENTITIES, false);
}

/**
 * HTML text: as XML, with the apostrophe as a numeric reference (HTML 4 has no `&apos;`) and DEL and the C1 controls
 * as U+FFFD (HTML reads `&#128;` to `&#159;` as Windows-1252 characters, not as those code points).
 */
export function escapeHtml(value: string): string {
  return escapeMarkup(value, HTML_ENTITIES, true);
}

/**
 * JSON text (from `JSON.stringify`) with the unsafe characters it leaves raw (DEL, C1 controls, separators,
 * bidirectional marks) written as `\u` escapes: the same value once parsed, no such character raw. C0 controls
 * stay: `JSON.stringify` escapes them in strings, so the ones left are the text's own indentation and line breaks.
 * Outside strings JSON holds none of the others, and one inside a string is never the second half of an escape.
 */
export function escapeJsonText(json: string): string {
  // The pattern leaves C0 out: matching every line break of an indented report tripled its time.
  return hasUnsafeAboveC0(json) ? json.replace(UNSAFE_ABOVE_C0, (c) => `\\u${hex4(c)}`) : json;
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

const MARKDOWN_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '\\': '\\\\',
  '|': '\\|',
  '`': '\\`',
  '*': '\\*',
  _: '\\_',
  '[': '\\[',
  ']': '\\]',
};

/** Markdown table cell: pipes and HTML escaped, on one line. */
export function escapeMarkdownCell(value: string): string {
  return oneLine(value).replace(/[&<>\\|`*_[\]]/g, (c) => MARKDOWN_ESCAPES[c] ?? c);
}

/** The longest run of backticks in a text. */
function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}

/**
 * Markdown table cell holding a one-line value as a code span. GFM splits a row at every `|` before it reads code
 * spans, so each is written `\|` (GFM drops that backslash inside the span); a fence longer than any backtick run
 * keeps the span whole, with a space each side when the value starts or ends with a backtick or space.
 */
export function markdownCodeCell(value: string): string {
  const fence = '`'.repeat(longestBacktickRun(value) + 1);
  const pad = /^[` ]|[` ]$/.test(value) ? ' ' : '';
  return `${fence}${pad}${value.replaceAll('|', '\\|')}${pad}${fence}`;
}
