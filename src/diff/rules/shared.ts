import { isObject, quote, show } from '../../utils/guards';
import type { SchemaChange } from '../changes';
import type { OperationModel } from '../../model';
import type { DiffContext, DiffFinding } from '../types';

/** `"GetTask" (GET /tasks/{id})`: the operation as every diff message names it. */
export function describeOp(op: OperationModel): string {
  return `${quote(op.operationId ?? '')} (${op.method.toUpperCase()} ${show(op.path, 80)})`;
}

export interface Annotation {
  family?: string;
  revision?: number;
}

/** The operation's `x-ms-api-annotation` family and revision. */
export function annotationOf(op: OperationModel): Annotation {
  const a = op.node['x-ms-api-annotation'];
  if (!isObject(a)) return {};
  const family = typeof a.family === 'string' && a.family.trim() !== '' ? a.family : undefined;
  const revision =
    typeof a.revision === 'number'
      ? a.revision
      : typeof a.revision === 'string' && /^\d+$/.test(a.revision)
        ? Number(a.revision)
        : undefined;
  return { family, revision };
}

/** A new operation of the same family with a higher revision than the old one. */
export function successorOf(ctx: DiffContext, old: OperationModel): OperationModel | undefined {
  const { family, revision } = annotationOf(old);
  if (!family) return undefined;
  return ctx.new.model.operations.find((op) => {
    if (op.operationId === old.operationId) return false;
    const a = annotationOf(op);
    return a.family === family && (a.revision ?? 1) > (revision ?? 1);
  });
}

/** The old operation was prepared for removal: deprecated, internal, or it has a versioned successor. */
export function preparedRemoval(ctx: DiffContext, old: OperationModel): string | undefined {
  if (old.deprecated) return 'it was already deprecated';
  if (old.hidden) return 'it was already internal';
  const successor = successorOf(ctx, old);
  if (successor) return `${describeOp(successor)} succeeds it in family ${quote(annotationOf(successor).family)}`;
  return undefined;
}

/** A value for messages: strings quoted, lists of values joined. */
export function valueText(value: unknown): string {
  if (Array.isArray(value)) return value.map((v) => quote(v, 30)).join(', ');
  return value === undefined ? '(none)' : quote(value);
}

/** Findings for the schema changes a predicate selects. */
export function fromChanges(
  ctx: DiffContext,
  select: (c: SchemaChange) => boolean,
  build: (
    c: SchemaChange,
  ) => Omit<DiffFinding, 'side' | 'path' | 'otherPath' | 'operationId' | 'field'> & { side?: 'old' | 'new' },
): DiffFinding[] {
  const out: DiffFinding[] = [];
  for (const c of ctx.changes) {
    if (!select(c)) continue;
    const built = build(c);
    const side = built.side ?? (c.newPath ? 'new' : 'old');
    const path = (side === 'new' ? c.newPath : c.oldPath) ?? c.operation.jsonPath;
    const otherPath = side === 'new' ? (c.oldPath ?? c.oldParent) : (c.newPath ?? c.newParent);
    out.push({ ...built, side, path, otherPath, operationId: c.operationId, field: c.field });
  }
  return out;
}

/** "input field "body.dueDate"" or "parameter "query.top"". */
export function fieldName(c: SchemaChange): string {
  if (c.direction === 'output') return `output field ${quote(c.field)}`;
  return c.isParameter ? `parameter ${quote(c.field)}` : `input field ${quote(c.field)}`;
}
