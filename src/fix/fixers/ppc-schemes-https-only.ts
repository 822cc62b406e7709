import type { Node } from 'jsonc-parser';
import { nodeAtPath, replaceString } from '../text';
import type { Fixer } from '../types';

function isScheme(node: Node, scheme: string): boolean {
  return node.type === 'string' && typeof node.value === 'string' && node.value.toLowerCase() === scheme;
}

/** Drops "http" from `schemes`, or turns a lone "http" into "https"; the other entries keep their layout. */
export const fixSchemesHttpsOnly: Fixer = ({ finding, file }) => {
  const at = finding.path.findIndex((s) => s === 'schemes');
  const array = nodeAtPath(file.tree, finding.path.slice(0, at + 1));
  if (at < 0 || array?.type !== 'array' || !array.children) return undefined;
  const items = array.children;
  const kept = items.filter((n) => !isScheme(n, 'http'));
  if (kept.length === items.length) return undefined;
  if (kept.length === 0 || !kept.some((n) => isScheme(n, 'https'))) {
    // No "https" yet: the first "http" becomes one, in place.
    const first = items.find((n) => isScheme(n, 'http'))!;
    const others = items.filter((n) => n !== first && isScheme(n, 'http'));
    if (others.length === 0) return { edits: replaceString(file.text, first, 'https') };
    return fixWith(
      file.text,
      array,
      items.map((n) => (n === first ? '"https"' : isScheme(n, 'http') ? undefined : raw(file.text, n))),
    );
  }
  return fixWith(
    file.text,
    array,
    items.map((n) => (isScheme(n, 'http') ? undefined : raw(file.text, n))),
  );
};

function raw(text: string, node: Node): string {
  return text.slice(node.offset, node.offset + node.length);
}

/** Rewrite the array's members (undefined drops one), keeping its one-line or one-per-line layout. */
function fixWith(text: string, array: Node, members: (string | undefined)[]) {
  // Called with two members or more: the separator between the first two is the one the file uses.
  const [first, second] = array.children!;
  const last = array.children![array.children!.length - 1];
  const lead = text.slice(array.offset + 1, first.offset);
  const separator = text.slice(first.offset + first.length, second.offset);
  const trail = text.slice(last.offset + last.length, array.offset + array.length - 1);
  const content = `${lead}${members.filter((m): m is string => m !== undefined).join(separator)}${trail}`;
  return { edits: [{ offset: array.offset + 1, length: array.length - 2, content }] };
}
