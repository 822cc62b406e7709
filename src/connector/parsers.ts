import * as parsers from '@stoplight/spectral-parsers';
import type { JsonParserResult } from '@stoplight/spectral-parsers';
import { parseJsonWithPointers, type TolerantJsonParse } from './json-parse';
import { locateJsonPath } from './locate';

type ParsersModule = typeof parsers;

/**
 * Spectral's JSON parser. `@stoplight/spectral-parsers` is CommonJS whose named exports Node's ESM loader
 * cannot detect, so under `import` the module's exports sit on `default`; under `require` they are direct.
 */
const SpectralJson: ParsersModule['Json'] =
  parsers.Json ?? (parsers as unknown as { default: ParsersModule }).default.Json;

/** Deepest nesting of arrays and objects that is parsed; deeper documents are reported instead (no stack overflow). */
export const MAX_JSON_DEPTH = 1000;

/**
 * Offset of the first `[` or `{` that opens nesting level `limit + 1`, or -1. Linear, no recursion; brackets
 * inside strings do not count.
 */
export function firstTooDeep(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      depth++;
      if (depth > limit) return i;
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return -1;
}

/** Syntax errors kept per file. */
export const MAX_SYNTAX_ERRORS = 200;

/**
 * Spectral's JSON parser (its access traps), parsing with `parseJsonWithPointers` and locating with
 * `locateJsonPath`: the same tree, ranges and diagnostics, plain objects (fast to read), linear duplicate-key
 * detection and key lookups, and a `__proto__` key kept as an ordinary key (Spectral's parser would make it the
 * object's prototype, hiding every sibling key).
 */
export const JsonParser: ParsersModule['Json'] = {
  ...SpectralJson,
  getLocationForJsonPath: locateJsonPath,
  parse(text: string): JsonParserResult<unknown> {
    const parsed = parseJsonWithPointers(text);
    // Spectral formats every syntax error up front; `[,,,...]` has a million of them. The first ones locate the
    // problem.
    return parsed.diagnostics.length > MAX_SYNTAX_ERRORS
      ? { ...parsed, diagnostics: parsed.diagnostics.slice(0, MAX_SYNTAX_ERRORS) }
      : parsed;
  },
};

/** Whether a result of `JsonParser.parse` proves its text strict JSON (see `parseJsonWithPointers`). */
export function provesStrictJson(result: JsonParserResult<unknown>): boolean {
  return (result as Partial<TolerantJsonParse>).strictJson === true;
}
