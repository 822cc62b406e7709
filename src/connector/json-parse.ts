import * as ordered from '@stoplight/ordered-object-literal';
import type { IJsonASTNode, JsonParserResult } from '@stoplight/json';
import { DiagnosticSeverity, type IDiagnostic, type IRange } from '@stoplight/types';
// The version `@stoplight/json` parses with: 3.x rejects Unicode spaces between tokens that 2.2 skips.
import { printParseErrorCode, visit, type NodeType } from 'jsonc-parser-2';

type OrderedModule = typeof ordered;
/** CommonJS with a `default` export: direct under `require`, one level down under Node's ESM loader. */
const orderedObject: OrderedModule['default'] =
  typeof ordered.default === 'function'
    ? ordered.default
    : (ordered.default as unknown as { default: OrderedModule['default'] }).default;

type Container = Record<string, unknown> | unknown[];

interface Open {
  container: Container;
  /** Where the container sits in its parent (`undefined` for the document itself). */
  parent: Container | undefined;
  slot: string | number;
  /** Key order as written (a repeated key moves to the end), kept for objects only. */
  keys: string[] | undefined;
  /** Every key written in the object so far, repeats found against it (objects only). */
  seen: Set<string> | undefined;
  /** The object has an array-index key (`"200"`), which plain objects list first, whatever the written order. */
  indexKey: boolean;
}

const INDEX_KEY = /^(?:0|[1-9]\d{0,9})$/;
const isIndexKey = (key: string): boolean => INDEX_KEY.test(key) && Number(key) <= 4294967294;

function setOwn(target: Container, key: string | number, value: unknown): void {
  // `__proto__` stays an ordinary key: assignment would make it the object's prototype.
  if (key === '__proto__')
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else (target as Record<string, unknown>)[key] = value;
}

function sameOrder(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((k, i) => k === b[i]);
}

const literalType = (value: unknown): NodeType =>
  typeof value === 'boolean'
    ? 'boolean'
    : typeof value === 'number'
      ? 'number'
      : typeof value === 'string'
        ? 'string'
        : 'null';

/**
 * Characters jsonc-parser 2.2 skips between tokens beyond JSON's four (space, tab, line feed, carriage return):
 * vertical tab, form feed, U+00A0, U+1680, U+2000–U+200B, U+202F, U+205F, U+3000, U+FEFF, and U+2028/U+2029 as
 * line breaks.
 */
const LENIENT_WHITESPACE = /[\v\f\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/**
 * Whether a parse proves the text strict RFC 8259 JSON, which `JSON.parse` accepts. Without an error, jsonc-parser
 * has read JSON's grammar exactly (trailing commas, `NaN`, single quotes, control characters and bad escapes in
 * strings are all errors; its numbers are JSON's numbers); it differs only in what it skips between tokens: comments
 * and the whitespace above. A text with neither (the whitespace searched everywhere, strings included) is strict JSON.
 */
function provesStrictJson(text: string, errors: number, comments: number): boolean {
  return errors === 0 && comments === 0 && !LENIENT_WHITESPACE.test(text);
}

/** A tolerant parse, and whether it proves the text strict JSON (false: not known, ask `JSON.parse`). */
export interface TolerantJsonParse extends JsonParserResult<unknown> {
  strictJson: boolean;
}

const rangeOf = (line: number, character: number, length: number): IRange => ({
  start: { line, character },
  end: { line, character: character + length },
});

/** Offsets of the start of each line, as `@stoplight/json` computes them. */
function lineMapOf(text: string): number[] {
  const map = [0];
  let i = 0;
  for (; i < text.length; i++) if (text.charCodeAt(i) === 10) map.push(i + 1);
  map.push(i + 1);
  return map;
}

/**
 * The result of `@stoplight/json`'s `parseWithPointers(text, { ignoreDuplicateKeys: false, preserveKeyOrder: true })`,
 * which Spectral's JSON parser calls: the same tree, ranges, line map, syntax and duplicate-key diagnostics, and data
 * that lists keys in the written order. Two things differ, both for speed on large and hostile documents:
 * - objects are plain; an object is wrapped in the order-keeping proxy only when plain key order would differ from
 *   the written order (array-index keys written after others, as in `{"default": …, "200": …}`). Reading a proxy
 *   costs about twenty times a plain object, and every rule reads the whole document;
 * - repeated keys are found with a set per object, in linear time (the original scans a list: 10,000 keys took 3 s).
 * A `__proto__` key is an ordinary own key. The result also says whether it proves the text strict JSON.
 */
export function parseJsonWithPointers(text: string): TolerantJsonParse {
  const diagnostics: IDiagnostic[] = [];
  let comments = 0;
  const lineMap = lineMapOf(text);
  const top: IJsonASTNode = { type: 'array', offset: -1, length: -1, children: [] };
  let node = top;
  const root: unknown[] = [];
  // The container values go into, and the key they go under, mirroring the original parser (including its
  // recovery from syntax errors, where a value after a nested object reuses the last key seen).
  let target: Container = root;
  let key: string | null = null;
  const open: Open[] = [];

  const closeProperty = (end: number): void => {
    if (node.type === 'property') {
      node.length = end - node.offset;
      node = node.parent as IJsonASTNode;
    }
  };
  const addNode = (child: IJsonASTNode): IJsonASTNode => {
    (node.children as IJsonASTNode[]).push(child);
    return child;
  };
  const put = (value: unknown): { parent: Container; slot: string | number } | undefined => {
    if (Array.isArray(target)) {
      target.push(value);
      return { parent: target, slot: target.length - 1 };
    }
    if (key === null) return undefined;
    const current = open[open.length - 1];
    if (current?.keys && !Object.hasOwn(target, key)) current.keys.push(key);
    setOwn(target, key, value);
    return { parent: target, slot: key };
  };
  const begin = (container: Container, isObject: boolean): void => {
    const at = put(container);
    open.push({
      container,
      parent: at?.parent,
      slot: at?.slot ?? 0,
      keys: isObject ? [] : undefined,
      seen: isObject ? new Set() : undefined,
      indexKey: false,
    });
    target = container;
    key = null;
  };
  const end = (): void => {
    const closed = open.pop() as Open;
    const { container, parent, slot, keys } = closed;
    if (closed.indexKey && keys && !sameOrder(Object.keys(container), keys)) {
      const wrapped = orderedObject(container as Record<string, unknown>, [...keys]);
      if (parent) setOwn(parent, slot, wrapped);
    }
    target = open.length > 0 ? open[open.length - 1].container : root;
  };
  const openNode = (
    type: 'object' | 'array',
    offset: number,
    length: number,
    line: number,
    character: number,
  ): void => {
    node = addNode({ type, offset, length: -1, parent: node, children: [], range: rangeOf(line, character, length) });
  };
  const finishNode = (offset: number, length: number, line: number, character: number): void => {
    node.length = offset + length - node.offset;
    if (node.range) node.range = { start: node.range.start, end: { line, character: character + length } };
    node = node.parent as IJsonASTNode;
    closeProperty(offset + length);
  };

  visit(text, {
    onObjectBegin: (offset, length, line, character) => {
      openNode('object', offset, length, line, character);
      begin({}, true);
    },
    onObjectProperty: (name, offset, length, line, character) => {
      node = addNode({ type: 'property', offset, length: -1, parent: node, children: [] });
      (node.children as IJsonASTNode[]).push({ type: 'string', value: name, offset, length, parent: node });
      const current = open[open.length - 1];
      if (current?.seen?.has(name)) {
        diagnostics.push({
          range: rangeOf(line, character, length),
          message: 'DuplicateKey',
          severity: DiagnosticSeverity.Error,
          path: [...open.slice(1).map((o) => o.slot), name],
          code: 20,
        });
        // The last value wins and the key moves to the end, as in the original's ordered objects.
        if (current && !Array.isArray(current.container) && Object.hasOwn(current.container, name)) {
          delete current.container[name];
          current.keys?.splice(current.keys.indexOf(name), 1);
        }
      } else current?.seen?.add(name);
      if (current && isIndexKey(name)) current.indexKey = true;
      key = name;
    },
    onObjectEnd: (offset, length, line, character) => {
      finishNode(offset, length, line, character);
      end();
    },
    onArrayBegin: (offset, length, line, character) => {
      openNode('array', offset, length, line, character);
      begin([], false);
    },
    onArrayEnd: (offset, length, line, character) => {
      finishNode(offset, length, line, character);
      end();
    },
    onLiteralValue: (value: unknown, offset, length, line, character) => {
      addNode({
        type: literalType(value),
        offset,
        length,
        parent: node,
        value,
        range: rangeOf(line, character, length),
      });
      closeProperty(offset + length);
      put(value);
    },
    onSeparator: (character, offset) => {
      if (node.type !== 'property') return;
      if (character === ':') node.colonOffset = offset;
      else if (character === ',') closeProperty(offset);
    },
    onComment: () => {
      comments++;
    },
    onError: (error, offset, length, line, character) => {
      diagnostics.push({
        range: rangeOf(line, character, length),
        message: printParseErrorCode(error),
        severity: DiagnosticSeverity.Error,
        code: error,
      });
    },
  });

  const ast = (top.children as IJsonASTNode[])[0];
  if (ast) delete ast.parent;
  return { data: root[0], diagnostics, ast, lineMap, strictJson: provesStrictJson(text, diagnostics.length, comments) };
}
