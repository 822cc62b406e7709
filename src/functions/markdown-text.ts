import { createRulesetFunction, type IFunctionResult } from '@stoplight/spectral-core';
import type { JsonPath } from '@stoplight/types';

/** The keys `spectral:oas`'s markdown rules read, wherever they are (`$..[description,title]`). */
const TEXT_KEYS = new Set(['description', 'title']);

/** As Spectral's `pattern` function reads a pattern: `/source/flags`, or the source alone. */
function regexOf(pattern: string): RegExp {
  const split = /^\/(.+)\/([a-z]*)$/.exec(pattern);
  return split ? new RegExp(split[1], split[2]) : new RegExp(pattern);
}

export interface MarkdownTextOptions {
  notMatch: string;
}

/** Where a value is: its key, under its parent's place (a path built only for the few values reported). */
interface Place {
  key: string | number;
  parent: Place | undefined;
}

function pathOf(place: Place | undefined): JsonPath {
  const path: JsonPath = [];
  for (let p = place; p; p = p.parent) path.push(p.key);
  return path.reverse();
}

/** Every description and title text of a document, found once for both rules. */
const textsByRoot = new WeakMap<object, { text: string; place: Place }[]>();

function textsOf(root: object): { text: string; place: Place }[] {
  let texts = textsByRoot.get(root);
  if (texts) return texts;
  texts = [];
  // Depth first. A node already on the current branch (a cycle) is not entered again.
  const onBranch = new Set<object>();
  const stack: ({ node: object; place: Place | undefined } | { leave: object })[] = [{ node: root, place: undefined }];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    if ('leave' in entry) {
      onBranch.delete(entry.leave);
      continue;
    }
    const { node, place } = entry;
    if (onBranch.has(node)) continue;
    onBranch.add(node);
    stack.push({ leave: node });
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const value: unknown = node[i];
        if (typeof value === 'object' && value !== null) stack.push({ node: value, place: { key: i, parent: place } });
      }
      continue;
    }
    for (const key of Object.keys(node)) {
      const value: unknown = (node as Record<string, unknown>)[key];
      if (typeof value === 'object' && value !== null) stack.push({ node: value, place: { key, parent: place } });
      else if (typeof value === 'string' && TEXT_KEYS.has(key))
        texts.push({ text: value, place: { key, parent: place } });
    }
  }
  textsByRoot.set(root, texts);
  return texts;
}

/**
 * Spectral's `no-eval-in-markdown` and `no-script-tags-in-markdown` (`given: $..[description,title]` with the
 * `pattern` function's `notMatch`) in one call per document: the same paths, found by one walk shared by both rules
 * instead of a Spectral call for every description and title of the document. Use with `given: '$'`.
 */
export const markdownText = createRulesetFunction<unknown, MarkdownTextOptions>(
  {
    input: null,
    options: {
      type: 'object',
      properties: { notMatch: { type: 'string' } },
      required: ['notMatch'],
      additionalProperties: false,
    },
  },
  function markdownText(input, options) {
    if (typeof input !== 'object' || input === null) return [];
    const re = regexOf(options.notMatch);
    const results: IFunctionResult[] = [];
    for (const { text, place } of textsOf(input)) {
      re.lastIndex = 0;
      if (re.test(text))
        results.push({
          message: `"${place.key}" must not match the pattern "${options.notMatch}"`,
          path: pathOf(place),
        });
    }
    return results;
  },
);
