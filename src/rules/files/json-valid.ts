import type { IRange } from '@stoplight/types';
import { MAX_JSON_DEPTH, MAX_SYNTAX_ERRORS } from '../../connector/parsers';
import { positionAt, strictJsonParseError } from '../../connector/text';
import { unreadableMessage } from '../../connector/unreadable';
import { jsonValue, quote } from '../../utils/guards';
import { defineFolderRule, type FolderFinding } from '../../types';
import type { LoadedFile } from '../../connector/load';
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

/** Syntax errors reported per file; the rest are counted. */
const MAX_PARSE_FINDINGS = 50;

export function describeParserMessage(message: string): string {
  const text = message.replace(/\.$/, '');
  if (text.startsWith('Duplicate key')) return `${text} (JSON parsers keep only the last one; remove the others)`;
  const hint = Object.hasOwn(PARSER_HINTS, text) ? PARSER_HINTS[text] : undefined;
  return hint ? `${text} (${hint})` : text;
}

/**
 * Spectral's tolerant parser accepts some text that strict JSON parsers (and the platform) reject, such as
 * Unicode spaces (U+2003) between tokens. Locate such an error with the strict parser's position.
 */
function strictJsonError(text: string): { message: string; range: IRange } | undefined {
  const message = strictJsonParseError(text);
  if (message === undefined) return undefined;
  const at = /at position (\d+)/.exec(message);
  const offset = at ? Number(at[1]) : 0;
  const start = positionAt(text, offset);
  const char = text.charCodeAt(offset);
  const detail =
    char > 0x7f
      ? ` (U+${char.toString(16).toUpperCase().padStart(4, '0')} is not JSON whitespace; replace it with a space)`
      : '';
  return {
    message: `${message.replace(/ in JSON at position \d+/, '').replace(/\.$/, '')}${detail}`,
    range: { start, end: { line: start.line, character: start.character + 1 } },
  };
}

/** How each kind of file is written as the one object it must be. */
const OBJECT_HINT: Partial<Record<LoadedFile['file']['kind'], string>> = {
  swagger: 'write the definition as one object ({ "swagger": "2.0", ... }).',
  apiProperties: 'write it as one object ({ "properties": { ... } }).',
  settings: 'write it as one object ({ "apiDefinition": "apiDefinition.swagger.json", ... }).',
};

export default defineFolderRule('ppc-json-valid', {
  description:
    'Connector JSON files are strict RFC 8259 JSON in UTF-8: no comments, no trailing commas, no duplicate keys.',
  severity: 'error',
  check(connector) {
    const findings: FolderFinding[] = [];
    for (const file of jsonFiles(connector)) {
      if (file.unreadable !== undefined) {
        findings.push({
          source: file.file.path,
          message: unreadableMessage(file),
        });
      }
      if (file.tooDeepAt !== undefined) {
        const start = positionAt(file.text, file.tooDeepAt);
        findings.push({
          source: file.file.path,
          range: { start, end: { line: start.line, character: start.character + 1 } },
          message: `${quote(file.file.name)} nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep; it was not parsed further. Flatten the structure (no connector needs that depth).`,
        });
      }
      if (!file.tooLarge && !file.unreadable && file.text.trim() === '') {
        findings.push({
          source: file.file.path,
          message: `${quote(file.file.name)} is empty; it must hold a JSON object.`,
        });
        continue;
      }
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
      let more = 0;
      for (const d of file.document?.diagnostics ?? []) {
        // The parser often reports one mistake twice at the same place ("Property name expected", "Value expected").
        const at = `${d.range.start.line}:${d.range.start.character}`;
        if (d.code !== 'parser' || seen.has(at)) continue;
        // A broken file can hold a million errors (`[,,,...]`): the first ones locate the problem.
        if (seen.size >= MAX_PARSE_FINDINGS) {
          more++;
          continue;
        }
        seen.add(at);
        findings.push({
          source: file.file.path,
          range: d.range,
          message: `${file.file.name} is not valid JSON: ${describeParserMessage(d.message)}.`,
        });
      }
      if (more > 0) {
        const last = findings[findings.length - 1];
        const count = (file.document?.diagnostics.length ?? 0) >= MAX_SYNTAX_ERRORS ? `${more} or more` : String(more);
        findings.push({
          source: file.file.path,
          range: last?.range,
          message: `${file.file.name} has ${count} more JSON syntax errors after these; fix the first ones and lint again.`,
        });
      }
      if (seen.size === 0 && file.document) {
        // The tolerant parse usually proves the text strict JSON already: no second, strict parse then.
        const strict = file.strictJson ? undefined : strictJsonError(file.text);
        if (strict)
          findings.push({
            source: file.file.path,
            range: strict.range,
            message: `${file.file.name} is not valid JSON: ${strict.message}.`,
          });
        const data = file.document.data;
        if (!strict && (typeof data !== 'object' || data === null || Array.isArray(data))) {
          const what =
            data === null ? 'null' : Array.isArray(data) ? 'an array' : `a ${typeof data} (${jsonValue(data)})`;
          findings.push({
            source: file.file.path,
            range: file.document.getRangeForJsonPath([], true) ?? undefined,
            message: `${file.file.name} holds ${what}, not a JSON object; ${OBJECT_HINT[file.file.kind] ?? OBJECT_HINT.swagger}`,
          });
        }
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
      invalid: [
        {
          description: 'A trailing comma in apiProperties.json.',
          files: { 'apiProperties.json': '{\n    "properties": {\n        "iconBrandColor": "#0f6cbd",\n    }\n}\n' },
        },
      ],
      valid: [{ description: 'The valid connector as is.', files: {} }],
    },
  },
});
