import type { JsonPath } from '@stoplight/types';
import { parseTree, type Edit, type Node, type ParseError } from 'jsonc-parser';
import { strictJsonParseError } from '../connector/text';

/** A file's text as the fixers see it: every character of the file, the byte-order mark included. */
export interface FixText {
  text: string;
  /** The parse tree; undefined when the text is not strict JSON (such a file is never edited). */
  tree: Node | undefined;
  /** The file's line break (`\r\n` when its first line break is one). */
  eol: string;
  /** One level of indentation as the file writes it (`\t`, 2 or 4 spaces). */
  indent: string;
}

const BOM = '\ufeff';

/**
 * Parse a file's text for fixing; a BOM is parsed as a blank so every offset stays the same. `known` is the text's
 * tree when the caller already has it for strict JSON.
 */
export function fixText(text: string, known?: Node): FixText {
  if (known) return { text, tree: known, eol: detectEol(text), indent: detectIndent(text) };
  const errors: ParseError[] = [];
  const parsable = text.startsWith(BOM) ? ` ${text.slice(1)}` : text;
  const tree = parseTree(parsable, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  return { text, tree: errors.length === 0 ? tree : undefined, eol: detectEol(text), indent: detectIndent(text) };
}

/** True when `JSON.parse` accepts the text (no BOM, comments or trailing commas): far cheaper than a tree. */
export function isStrictJson(text: string): boolean {
  return strictJsonParseError(text) === undefined;
}

/** True when the text is strict JSON (a leading BOM allowed). */
export function parsesAsJson(text: string): boolean {
  return fixText(text).tree !== undefined;
}

export function detectEol(text: string): string {
  const i = text.indexOf('\n');
  return i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n';
}

/** The indentation of the first indented line (a tab, or its run of spaces); four spaces when none is. */
export function detectIndent(text: string): string {
  const match = /\n([ \t]+)\S/.exec(text);
  if (!match) return '    ';
  const lead = match[1];
  return lead.startsWith('\t') ? '\t' : lead;
}

/**
 * The node of the value at a JSON path; undefined when the path does not lead to one. Array indexes may be
 * numbers or digit strings (Spectral reports both); of duplicate keys the last counts, as in JSON.parse.
 */
export function nodeAtPath(tree: Node | undefined, path: JsonPath): Node | undefined {
  let node = tree;
  for (const segment of path) {
    if (!node) return undefined;
    if (node.type === 'object') {
      const key = String(segment);
      const property = node.children?.filter((p) => p.children?.[0]?.value === key).pop();
      node = property?.children?.[1];
    } else if (node.type === 'array') {
      const index = typeof segment === 'number' ? segment : /^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : -1;
      node = node.children?.[index];
    } else return undefined;
  }
  return node;
}

/** The property node (`"key": value`) whose value is `valueNode`. */
export function propertyOf(valueNode: Node): Node | undefined {
  const parent = valueNode.parent;
  return parent?.type === 'property' && parent.children?.[1] === valueNode ? parent : undefined;
}

/**
 * The smallest edit that turns the string node's value into `value`: the unchanged start and end of the
 * string keep their bytes (escapes included), only the changed middle is written, JSON-escaped.
 */
export function replaceString(text: string, node: Node, value: string): Edit[] {
  if (node.type !== 'string' || typeof node.value !== 'string') return [];
  const old = node.value;
  if (old === value) return [];
  // Offsets in the raw text of each character of the decoded value (one more entry for the closing quote).
  const raw = text.slice(node.offset + 1, node.offset + node.length - 1);
  const starts: number[] = [];
  for (let i = 0; i < raw.length;) {
    starts.push(i);
    if (raw[i] === '\\') i += raw[i + 1] === 'u' ? 6 : 2;
    else i += 1;
  }
  if (starts.length !== old.length) {
    return [{ offset: node.offset, length: node.length, content: JSON.stringify(value) }];
  }
  starts.push(raw.length);
  let prefix = 0;
  while (prefix < old.length && prefix < value.length && old[prefix] === value[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < old.length - prefix &&
    suffix < value.length - prefix &&
    old[old.length - 1 - suffix] === value[value.length - 1 - suffix]
  )
    suffix++;
  // Never split a surrogate pair.
  if (prefix > 0 && isHigh(old.charCodeAt(prefix - 1))) prefix--;
  if (suffix > 0 && isLow(old.charCodeAt(old.length - suffix))) suffix--;
  const start = starts[prefix];
  const end = starts[old.length - suffix];
  const content = JSON.stringify(value.slice(prefix, value.length - suffix)).slice(1, -1);
  return [{ offset: node.offset + 1 + start, length: end - start, content }];
}

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Remove an array element or an object property (given its value node for an element, its property node for
 * a property) with its comma, leaving the layout of its neighbours as it was.
 */
export function removeNode(node: Node): Edit[] {
  const container = node.parent;
  const siblings = container?.children;
  if (!container || !siblings) return [];
  const i = siblings.indexOf(node);
  if (i < 0) return [];
  const next = siblings[i + 1];
  if (next) return [{ offset: node.offset, length: next.offset - node.offset, content: '' }];
  const prev = siblings[i - 1];
  if (prev) {
    const from = prev.offset + prev.length;
    return [{ offset: from, length: node.offset + node.length - from, content: '' }];
  }
  // The only member: empty the container but keep its brackets.
  const from = container.offset + 1;
  return [{ offset: from, length: container.offset + container.length - 1 - from, content: '' }];
}

/** The whitespace that starts the line `offset` is on, when only whitespace precedes `offset` on it. */
function lineIndent(text: string, offset: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lead = text.slice(lineStart, offset);
  return /^[ \t]*$/.test(lead) ? lead : undefined;
}

/**
 * Insert `"key": value` into an object right after the property `after` (the last property when absent), in the
 * style of that property: on its own line with the same indentation, or inline after it.
 */
export function insertProperty(file: FixText, object: Node, key: string, value: unknown, after?: Node): Edit[] {
  if (object.type !== 'object') return [];
  const props = object.children ?? [];
  const anchor = after ?? props[props.length - 1];
  const member = `${JSON.stringify(key)}: ${JSON.stringify(value)}`;
  if (!anchor) {
    // An empty object: write the property on its own line, one level in from the object's line.
    const lineStart = file.text.lastIndexOf('\n', object.offset - 1) + 1;
    const base = /^[ \t]*/.exec(file.text.slice(lineStart, object.offset))![0];
    const content = `${file.eol}${base}${file.indent}${member}${file.eol}${base}`;
    return [{ offset: object.offset + 1, length: object.length - 2, content }];
  }
  const indent = lineIndent(file.text, anchor.offset);
  const content = indent !== undefined ? `,${file.eol}${indent}${member}` : `, ${member}`;
  return [{ offset: anchor.offset + anchor.length, length: 0, content }];
}
