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

/**
 * Spectral's `no-eval-in-markdown` and `no-script-tags-in-markdown` (`given: $..[description,title]` with the
 * `pattern` function's `notMatch`) in one call per document: the same paths, found by one walk instead of a
 * Spectral call for every description and title of the document. Use with `given: '$'`.
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
    const re = regexOf(options.notMatch);
    const results: IFunctionResult[] = [];
    // Depth first, in document order. A node already on the current branch (a cycle) is not entered again.
    const onBranch = new Set<object>();
    const stack: ({ node: object; path: JsonPath } | { leave: object })[] = [];
    if (typeof input === 'object' && input !== null) stack.push({ node: input, path: [] });
    while (stack.length > 0) {
      const entry = stack.pop()!;
      if ('leave' in entry) {
        onBranch.delete(entry.leave);
        continue;
      }
      const { node, path } = entry;
      if (onBranch.has(node)) continue;
      onBranch.add(node);
      stack.push({ leave: node });
      const keys: (string | number)[] = Array.isArray(node) ? [...node.keys()] : Object.keys(node);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i];
        const value: unknown = (node as Record<string | number, unknown>)[key];
        if (typeof value === 'object' && value !== null) stack.push({ node: value, path: [...path, key] });
      }
      for (const key of keys) {
        const value: unknown = (node as Record<string | number, unknown>)[key];
        if (typeof key !== 'string' || !TEXT_KEYS.has(key) || typeof value !== 'string') continue;
        re.lastIndex = 0;
        if (re.test(value))
          results.push({ message: `"${key}" must not match the pattern "${options.notMatch}"`, path: [...path, key] });
      }
    }
    return results;
  },
);
