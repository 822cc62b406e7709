import { isObject } from '../utils/guards';
import type { DynamicKind, DynamicUse, ExtensionOccurrence, OperationModel } from './types';

export const DYNAMIC_KINDS: readonly DynamicKind[] = [
  'x-ms-dynamic-values',
  'x-ms-dynamic-schema',
  'x-ms-dynamic-properties',
  'x-ms-dynamic-list',
  'x-ms-dynamic-tree',
];

export function isDynamicKind(key: string): key is DynamicKind {
  return (DYNAMIC_KINDS as readonly string[]).includes(key);
}

/** The operationId a dynamic extension calls: its own, or for `x-ms-dynamic-tree` the `open` operation's. */
export function calledOperationId(kind: DynamicKind, value: unknown): string | undefined {
  if (!isObject(value)) return undefined;
  if (typeof value.operationId === 'string') return value.operationId;
  if (kind === 'x-ms-dynamic-tree' && isObject(value.open) && typeof value.open.operationId === 'string')
    return value.open.operationId;
  return undefined;
}

/** The dynamic extensions among the extension keys, each with the operation it sits in (when in one). */
export function collectDynamicUses(
  extensions: readonly ExtensionOccurrence[],
  operations: readonly OperationModel[],
): DynamicUse[] {
  const byLocation = new Map<string, Map<string, OperationModel>>();
  for (const op of operations) {
    let methods = byLocation.get(op.path);
    if (!methods) byLocation.set(op.path, (methods = new Map<string, OperationModel>()));
    methods.set(op.method, op);
  }
  const uses: DynamicUse[] = [];
  for (const ext of extensions) {
    if (!isDynamicKind(ext.key)) continue;
    const operation =
      ext.path[0] === 'paths' && ext.path.length > 3
        ? byLocation.get(String(ext.path[1]))?.get(String(ext.path[2]))
        : undefined;
    uses.push({
      kind: ext.key,
      value: ext.value,
      path: ext.path,
      operationId: calledOperationId(ext.key, ext.value),
      operation,
    });
  }
  return uses;
}
