import { decodePointerFragment } from '@stoplight/json';
import { isObject } from './utils/guards';
import type { ExampleEdit } from './types';

/** Apply example edits (JSON pointers) to a deep copy of a document. Missing parents are created. */
export function applyEdits(document: unknown, edits: readonly ExampleEdit[]): unknown {
  const copy: unknown = structuredClone(document);
  for (const edit of edits) {
    // RFC 6901 pointer ("/info/title"), not a URI fragment.
    const segments = edit.path.split('/').slice(1).map(decodePointerFragment);
    if (segments.length === 0) throw new Error(`An example edit cannot target the document root (${edit.path})`);
    let node: unknown = copy;
    for (const segment of segments.slice(0, -1)) {
      if (!isObject(node) && !Array.isArray(node))
        throw new Error(`Cannot follow ${edit.path}: a parent is not a container`);
      const container = node as Record<string | number, unknown>;
      if (container[segment] === undefined) container[segment] = {};
      node = container[segment];
    }
    const last = segments[segments.length - 1] as string | number;
    if (Array.isArray(node)) {
      const index = Number(last);
      if (edit.op === 'remove') node.splice(index, 1);
      else node[index] = edit.value;
    } else if (isObject(node)) {
      if (edit.op === 'remove') delete node[last];
      else node[last] = edit.value;
    } else {
      throw new Error(`Cannot edit ${edit.path}: its parent is not a container`);
    }
  }
  return copy;
}

/** A readable JSON fragment showing what the edits set (for the docs). */
export function editsAsFragment(edits: readonly ExampleEdit[]): { fragment: unknown; removed: string[] } {
  let fragment: unknown = {};
  const removed: string[] = [];
  for (const edit of edits) {
    if (edit.op === 'remove') removed.push(edit.path);
    else fragment = applyEdits(fragment, [edit]);
  }
  return { fragment, removed };
}
