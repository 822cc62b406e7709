import { isEmptySchema } from '../../rules/responses/no-empty-schema';
import { nodeAtPath, propertyOf, removeNode } from '../text';
import type { Fixer } from '../types';
import { getNodeValue } from 'jsonc-parser';

/**
 * Removes a response's `"schema": {}` (or a schema with only a description) as written; one reached through a
 * `$ref` is left alone. On a success response the designer loses its "Body" output, so there it is a suggestion.
 */
export const fixNoEmptySchema: Fixer = ({ finding, file }) => {
  const node = nodeAtPath(file.tree, finding.path);
  const property = node && propertyOf(node);
  if (!node || !property || node.type !== 'object' || finding.path[finding.path.length - 1] !== 'schema')
    return undefined;
  const value: unknown = getNodeValue(node);
  if (
    typeof value !== 'object' ||
    value === null ||
    Array.isArray(value) ||
    !isEmptySchema(value as Record<string, unknown>)
  )
    return undefined;
  const code = String(finding.path[finding.path.length - 2] ?? '');
  const edits = removeNode(property);
  return /^2\d\d$/.test(code) ? { edits, kind: 'suggestion' } : { edits };
};
