import { createRulesetFunction, type IFunctionResult } from '@stoplight/spectral-core';
import { linkedPath, ROOT_LINK, type PathLink } from '../utils/path-links';

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

/** Every description and title text of a document, found once for both rules. */
const textsByRoot = new WeakMap<object, { text: string; place: PathLink }[]>();

/** An object waiting to be entered, which is also its place: one allocation per object of the document. */
interface Frame extends PathLink {
  node: object;
  depth: number;
}

function textsOf(root: object): { text: string; place: PathLink }[] {
  const cached = textsByRoot.get(root);
  if (cached) return cached;
  const found: { text: string; place: PathLink }[] = [];
  // Depth first. A node already on the current branch (a cycle) is not entered again.
  const branch: object[] = [];
  const onBranch = new Set<object>();
  const stack: Frame[] = [];
  const enter = (node: object, place: PathLink, depth: number): void => {
    // Leave what the walk has finished: the branch is this node's ancestors.
    while (branch.length > depth) onBranch.delete(branch.pop()!);
    if (onBranch.has(node)) return;
    onBranch.add(node);
    branch.push(node);
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const value: unknown = node[i];
        if (typeof value === 'object' && value !== null)
          stack.push({ node: value, key: i, parent: place, depth: depth + 1 });
      }
      return;
    }
    for (const key of Object.keys(node)) {
      const value: unknown = (node as Record<string, unknown>)[key];
      if (typeof value === 'object' && value !== null)
        stack.push({ node: value, key, parent: place, depth: depth + 1 });
      else if (typeof value === 'string' && TEXT_KEYS.has(key))
        found.push({ text: value, place: { key, parent: place } });
    }
  };
  enter(root, ROOT_LINK, 0);
  while (stack.length > 0) {
    const frame = stack.pop()!;
    enter(frame.node, frame, frame.depth);
  }
  textsByRoot.set(root, found);
  return found;
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
          path: linkedPath(place),
        });
    }
    return results;
  },
);
