import * as parsers from '@stoplight/spectral-parsers';
import type { JsonParserResult } from '@stoplight/spectral-parsers';

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

interface AstNode {
  type: string;
  value?: unknown;
  children?: AstNode[];
}

/** Plain data from the parser's tree, every key an own data property (`__proto__` included), iteratively. */
function dataFromAst(root: AstNode | undefined): unknown {
  if (!root) return undefined;
  const build = (node: AstNode): unknown => (node.type === 'object' ? {} : node.type === 'array' ? [] : node.value);
  const top = build(root);
  const stack: Array<{ node: AstNode; value: unknown }> = [{ node: root, value: top }];
  while (stack.length > 0) {
    const { node, value } = stack.pop() as { node: AstNode; value: unknown };
    if (node.type === 'array' && Array.isArray(value)) {
      for (const child of node.children ?? []) {
        const v = build(child);
        value.push(v);
        stack.push({ node: child, value: v });
      }
    } else if (node.type === 'object' && typeof value === 'object' && value !== null) {
      for (const prop of node.children ?? []) {
        const [keyNode, valueNode] = prop.children ?? [];
        if (!keyNode || !valueNode) continue;
        const v = build(valueNode);
        const key = String(keyNode.value);
        // Delete first so a duplicate key moves to the end as JSON.parse would leave it (last one wins).
        delete (value as Record<string, unknown>)[key];
        Object.defineProperty(value, key, { value: v, enumerable: true, writable: true, configurable: true });
        stack.push({ node: valueNode, value: v });
      }
    }
  }
  return top;
}

/**
 * Spectral's JSON parser, made safe for hostile documents: a `__proto__` key stays an ordinary key (Spectral's
 * parser would make it the object's prototype, hiding every sibling key from the rules).
 */
export const JsonParser: ParsersModule['Json'] = {
  ...SpectralJson,
  parse(text: string): JsonParserResult<unknown> {
    const parsed = SpectralJson.parse(text);
    // Spectral formats every syntax error up front; `[,,,...]` has a million of them. The first ones locate the
    // problem.
    const result =
      parsed.diagnostics.length > MAX_SYNTAX_ERRORS
        ? { ...parsed, diagnostics: parsed.diagnostics.slice(0, MAX_SYNTAX_ERRORS) }
        : parsed;
    if (text.includes('__proto__')) return { ...result, data: dataFromAst(result.ast) };
    return result;
  },
};
