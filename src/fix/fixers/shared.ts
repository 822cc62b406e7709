import type { Node } from 'jsonc-parser';
import { nodeAtPath, replaceString } from '../text';
import type { FixerInput, FixProposal } from '../types';

/** The string node at the finding's path, when there is one. */
export function stringAt(input: FixerInput): (Node & { value: string }) | undefined {
  const node = nodeAtPath(input.file.tree, input.finding.path);
  return node?.type === 'string' && typeof node.value === 'string' ? (node as Node & { value: string }) : undefined;
}

/** A fix that rewrites the string at the finding's path with `transform`; none when the result is blank or the same. */
export function rewriteString(
  input: FixerInput,
  transform: (value: string) => string | undefined,
): FixProposal | undefined {
  const node = stringAt(input);
  if (!node) return undefined;
  const value = String(node.value);
  const next = transform(value);
  if (next === undefined || next.trim() === '' || next === value) return undefined;
  const edits = replaceString(input.file.text, node, next);
  return edits.length > 0 ? { edits } : undefined;
}

/** Runs of blanks to one space, no blanks at either end. */
export function tidySpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
