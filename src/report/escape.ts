/** Characters XML 1.0 does not allow at all (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF). */
const XML_INVALID =
  // eslint-disable-next-line no-control-regex -- control characters are what this pattern finds.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text or attribute value for XML and HTML: markup characters escaped, characters XML forbids replaced with U+FFFD. */
export function escapeXml(value: string): string {
  return String(value)
    .replace(XML_INVALID, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** HTML text: as XML, with the apostrophe as a numeric reference (HTML 4 has no `&apos;`). */
export function escapeHtml(value: string): string {
  return escapeXml(value).replace(/&apos;/g, '&#39;');
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
