import type { IRange } from '@stoplight/types';
import { positionAt } from '../../connector/text';
import { defineFolderRule, type FolderFinding } from '../../types';
import { jsonFiles } from './loaded-files';

/** Hints added to the JSON parser's messages for the mistakes connector files really contain. */
const PARSER_HINTS: Record<string, string> = {
  'Property name expected': 'a trailing comma before "}"?',
  'Value expected': 'a trailing comma before "]", or a missing value?',
  'End of file expected': 'there is data after the top-level value',
  'Invalid character': 'a raw control character or tab inside a string? escape it, e.g. \\n',
  'Invalid symbol': 'a character outside a string, such as a non-breaking space or a comment?',
  'Comma expected': 'a missing comma between two entries?',
};

export function describeParserMessage(message: string): string {
  const text = message.replace(/\.$/, '');
  if (text.startsWith('Duplicate key')) return `${text} (JSON parsers keep only the last one; remove the others)`;
  const hint = PARSER_HINTS[text];
  return hint ? `${text} (${hint})` : text;
}

/**
 * Spectral's tolerant parser accepts some text that strict JSON parsers (and the platform) reject, such as
 * Unicode spaces (U+2003) between tokens. Locate such an error with the strict parser's position.
 */
function strictJsonError(text: string): { message: string; range: IRange } | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = /at position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : 0;
    const start = positionAt(text, offset);
    const char = text.charCodeAt(offset);
    const detail = char > 0x7f ? ` (U+${char.toString(16).toUpperCase().padStart(4, '0')} is not JSON whitespace; replace it with a space)` : '';
    return { message: `${message.replace(/ in JSON at position \d+/, '').replace(/\.$/, '')}${detail}`, range: { start, end: { line: start.line, character: start.character + 1 } } };
  }
}

export default defineFolderRule('ppc-json-valid', {
  description: 'Connector JSON files are strict RFC 8259 JSON in UTF-8: no comments, no trailing commas, no duplicate keys.',
  severity: 'error',
  check(connector) {
    const findings: FolderFinding[] = [];
    for (const file of jsonFiles(connector)) {
      if (file.invalidUtf8At !== undefined) {
        const offset = file.invalidUtf8At - (file.bom ? 3 : 0);
        const start = positionAt(file.text, offset);
        findings.push({
          source: file.file.path,
          range: { start, end: { line: start.line, character: start.character + 1 } },
          message: `${file.file.name} is not valid UTF-8 (byte ${file.invalidUtf8At}); save it as UTF-8.`,
        });
      }
      const seen = new Set<string>();
      for (const d of file.document?.diagnostics ?? []) {
        // The parser often reports one mistake twice at the same place ("Property name expected", "Value expected").
        const at = `${d.range.start.line}:${d.range.start.character}`;
        if (d.code !== 'parser' || seen.has(at)) continue;
        seen.add(at);
        findings.push({ source: file.file.path, range: d.range, message: `${file.file.name} is not valid JSON: ${describeParserMessage(d.message)}.` });
      }
      if (seen.size === 0 && file.document) {
        const strict = strictJsonError(file.text);
        if (strict) findings.push({ source: file.file.path, range: strict.range, message: `${file.file.name} is not valid JSON: ${strict.message}.` });
      }
    }
    return findings;
  },
  'x-ppc': {
    requirements: ['json-valid'],
    section: '1',
    sources: ['L-SVR JsonTypeIncorrect', 'PR#2594'],
    specLevel: 'E',
    custom: true,
    calibration: {
      allowedRecentCertifiedRate: 0.035,
      reason:
        'A file that is not strict JSON is unreadable to strict parsers (paconn, the import service); 3.0% of recent merged certified connectors hold one (trailing commas, data after the object, U+2003 spaces, Latin-1 bytes), which a linter must still report as errors',
    },
    examples: {
      invalid: [{ description: 'A trailing comma in apiProperties.json.', files: { 'apiProperties.json': '{\n    "properties": {\n        "iconBrandColor": "#0f6cbd",\n    }\n}\n' } }],
      valid: [{ description: 'The valid connector as is.', files: {} }],
    },
  },
});
