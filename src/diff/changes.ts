/**
 * Field-by-field comparison of the inputs (parameters, body schema) and outputs (success response schema,
 * webhook notification content) of operations that exist in both versions. $refs are followed on both sides;
 * a pair of schema nodes already on the current comparison stack is not entered again, so cycles terminate.
 */
import type { JsonPath } from '@stoplight/types';
import { isObject } from '../utils/guards';
import { followRef, type OperationModel, type ParameterModel } from '../model';
import type { OperationPair } from './types';

export type ChangeKind =
  | 'removed'
  | 'added-required'
  | 'became-required'
  | 'location'
  | 'type'
  | 'format'
  | 'enum-removed'
  | 'enum-added'
  | 'default'
  | 'encoding'
  | 'renamed';

export interface SchemaChange {
  direction: 'input' | 'output';
  kind: ChangeKind;
  operationId: string;
  operation: OperationModel;
  /** Logical name of the field: `query.top`, `body.task.dueDate`, `response.items[].id`, `notification.id`. */
  field: string;
  oldPath?: JsonPath;
  newPath?: JsonPath;
  /**
   * For a removal (no `newPath`): what holds the field's place in the new version (the schema that lost the property,
   * the operation's parameters or responses). For an addition (no `oldPath`): the same in the old version.
   */
  newParent?: JsonPath;
  oldParent?: JsonPath;
  /** For `renamed`, the old and the new parameter name. */
  oldValue?: unknown;
  newValue?: unknown;
  /** The old element was `x-ms-visibility: internal`. */
  hidden: boolean;
  /** The old element was required (removals) or the new one is (additions). */
  required: boolean;
  /** A change that accepts at least what was accepted before (int32 → int64, integer → number, a size format added). */
  widening?: boolean;
  /** A whole parameter rather than a property inside a schema. */
  isParameter: boolean;
}

const MAX_DEPTH = 40;
const WIDENING = new Set(['int32>int64', 'float>double', 'int32>double']);

interface Node {
  doc: unknown;
  node: Record<string, unknown>;
  path: JsonPath;
}

function resolve(doc: unknown, value: unknown, path: JsonPath): Node | undefined {
  const r = followRef(doc, value, path);
  return isObject(r.node) ? { doc, node: r.node, path: r.path } : undefined;
}

function typeOf(schema: Record<string, unknown>): string | undefined {
  if (typeof schema.type === 'string') return schema.type;
  if (Array.isArray(schema.type))
    return (
      schema.type
        .filter((t) => typeof t === 'string')
        .sort()
        .join('|') || undefined
    );
  if (isObject(schema.properties)) return 'object';
  return undefined;
}

function internal(node: Record<string, unknown>): boolean {
  return typeof node['x-ms-visibility'] === 'string' && node['x-ms-visibility'].toLowerCase() === 'internal';
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
}

/** Properties of a schema including those of `allOf` members, each with where it is written. */
function propertiesOf(side: Node, seen = new Set<unknown>()): Map<string, Node> {
  const out = new Map<string, Node>();
  if (seen.has(side.node)) return out;
  seen.add(side.node);
  const allOf = side.node.allOf;
  if (Array.isArray(allOf)) {
    allOf.forEach((member: unknown, i) => {
      const resolved = resolve(side.doc, member, [...side.path, 'allOf', i]);
      if (resolved) for (const [k, v] of propertiesOf(resolved, seen)) out.set(k, v);
    });
  }
  const props = side.node.properties;
  if (isObject(props)) {
    for (const [name, value] of Object.entries(props)) {
      const resolved = resolve(side.doc, value, [...side.path, 'properties', name]);
      if (resolved) out.set(name, resolved);
    }
  }
  return out;
}

function requiredOf(side: Node, seen = new Set<unknown>()): Set<string> {
  const out = new Set<string>();
  if (seen.has(side.node)) return out;
  seen.add(side.node);
  if (Array.isArray(side.node.required)) for (const r of side.node.required) if (typeof r === 'string') out.add(r);
  if (Array.isArray(side.node.allOf)) {
    side.node.allOf.forEach((member: unknown, i) => {
      const resolved = resolve(side.doc, member, [...side.path, 'allOf', i]);
      if (resolved) for (const r of requiredOf(resolved, seen)) out.add(r);
    });
  }
  return out;
}

/** Where a schema lists its properties, or the schema itself. */
function propertiesHolder(side: Node): JsonPath {
  return isObject(side.node.properties) ? [...side.path, 'properties'] : side.path;
}

/** Where an operation lists its inputs (parameters) or outputs (responses), or the operation itself. */
function operationHolder(op: OperationModel, direction: 'input' | 'output'): JsonPath {
  if (direction === 'input') return Array.isArray(op.node.parameters) ? [...op.jsonPath, 'parameters'] : op.jsonPath;
  return isObject(op.node.responses) ? [...op.jsonPath, 'responses'] : op.jsonPath;
}

function isDynamic(node: Record<string, unknown>): boolean {
  return node['x-ms-dynamic-schema'] !== undefined || node['x-ms-dynamic-properties'] !== undefined;
}

class Comparer {
  readonly changes: SchemaChange[] = [];
  private readonly stack = new Set<string>();

  constructor(private readonly pair: OperationPair) {}

  emit(change: Omit<SchemaChange, 'operationId' | 'operation'>): void {
    const out: SchemaChange = { ...change, operationId: this.pair.id, operation: this.pair.new };
    // A field on one side only: the other side's place is at least its operation's inputs or outputs.
    if (!out.newPath && !out.newParent) out.newParent = operationHolder(this.pair.new, change.direction);
    if (!out.oldPath && !out.oldParent) out.oldParent = operationHolder(this.pair.old, change.direction);
    this.changes.push(out);
  }

  /** Compare two schema-like nodes (a schema, or a non-body parameter, which carries type/format/enum itself). */
  schema(
    direction: 'input' | 'output',
    a: Node,
    b: Node,
    field: string,
    hidden: boolean,
    depth: number,
    isParameter = false,
  ): void {
    if (depth > MAX_DEPTH || isDynamic(a.node) || isDynamic(b.node)) return;
    const key = `${JSON.stringify(a.path)}|${JSON.stringify(b.path)}`;
    if (this.stack.has(key)) return;
    this.stack.add(key);
    try {
      this.compare(direction, a, b, field, hidden || internal(a.node), depth, isParameter);
    } finally {
      this.stack.delete(key);
    }
  }

  private compare(
    direction: 'input' | 'output',
    a: Node,
    b: Node,
    field: string,
    hidden: boolean,
    depth: number,
    isParameter: boolean,
  ): void {
    const base = { direction, field, oldPath: a.path, newPath: b.path, hidden, required: false, isParameter };
    const oldType = typeOf(a.node);
    const newType = typeOf(b.node);
    if (oldType !== undefined && newType !== undefined && oldType !== newType) {
      // An input that took integers and now takes any number accepts everything flows send.
      const widening = direction === 'input' && oldType === 'integer' && newType === 'number';
      this.emit({
        ...base,
        kind: 'type',
        oldValue: oldType,
        newValue: newType,
        widening,
        oldPath: Object.hasOwn(a.node, 'type') ? [...a.path, 'type'] : a.path,
        newPath: [...b.path, 'type'],
      });
      return;
    }
    const oldFormat = typeof a.node.format === 'string' ? a.node.format : undefined;
    const newFormat = typeof b.node.format === 'string' ? b.node.format : undefined;
    if (oldFormat !== newFormat && (oldFormat !== undefined || newFormat !== undefined) && oldType !== undefined) {
      // A size format added to a number (integer -> int32) only documents the range most APIs had anyway.
      const widening =
        WIDENING.has(`${oldFormat ?? ''}>${newFormat ?? ''}`) ||
        (oldFormat === undefined && (oldType === 'integer' || oldType === 'number'));
      // Dropping a format on input (string/date-time -> string) accepts more; only report narrowing or changes.
      if (!(direction === 'input' && newFormat === undefined)) {
        this.emit({
          ...base,
          kind: 'format',
          oldValue: oldFormat,
          newValue: newFormat,
          widening,
          oldPath: a.node.format !== undefined ? [...a.path, 'format'] : a.path,
          newPath: b.node.format !== undefined ? [...b.path, 'format'] : b.path,
        });
      }
    }
    if (direction === 'input') {
      const oldEnum = Array.isArray(a.node.enum) ? a.node.enum : undefined;
      const newEnum = Array.isArray(b.node.enum) ? b.node.enum : undefined;
      if (oldEnum && newEnum) {
        const removed = oldEnum.filter((v: unknown) => !newEnum.some((w: unknown) => same(v, w)));
        if (removed.length > 0)
          this.emit({
            ...base,
            kind: 'enum-removed',
            oldValue: removed,
            newValue: newEnum,
            oldPath: [...a.path, 'enum'],
            newPath: [...b.path, 'enum'],
          });
      } else if (!oldEnum && newEnum) {
        this.emit({ ...base, kind: 'enum-added', newValue: newEnum, newPath: [...b.path, 'enum'] });
      }
      const hadDefault = Object.hasOwn(a.node, 'default');
      const hasDefault = Object.hasOwn(b.node, 'default');
      if ((hadDefault || hasDefault) && !same(a.node.default, b.node.default)) {
        this.emit({
          ...base,
          kind: 'default',
          oldValue: a.node.default,
          newValue: b.node.default,
          oldPath: hadDefault ? [...a.path, 'default'] : a.path,
          newPath: hasDefault ? [...b.path, 'default'] : b.path,
        });
      }
    }
    // Object properties.
    const oldProps = propertiesOf(a);
    const newProps = propertiesOf(b);
    if (oldProps.size > 0 || newProps.size > 0) {
      const oldRequired = requiredOf(a);
      const newRequired = requiredOf(b);
      for (const [name, oldProp] of oldProps) {
        const sub = `${field}.${name}`;
        const newProp = newProps.get(name);
        if (!newProp) {
          // An open object (no properties left) may still carry the field; report only named removals.
          this.emit({
            direction,
            kind: 'removed',
            field: sub,
            oldPath: oldProp.path,
            newParent: propertiesHolder(b),
            hidden: hidden || internal(oldProp.node),
            required: oldRequired.has(name),
            isParameter: false,
          });
          continue;
        }
        if (
          direction === 'input' &&
          !oldRequired.has(name) &&
          newRequired.has(name) &&
          !Object.hasOwn(newProp.node, 'default')
        ) {
          this.emit({
            direction,
            kind: 'became-required',
            field: sub,
            oldPath: oldProp.path,
            newPath: newProp.path,
            hidden: hidden || internal(newProp.node),
            required: true,
            isParameter: false,
          });
        }
        this.schema(direction, oldProp, newProp, sub, hidden, depth + 1);
      }
      if (direction === 'input') {
        for (const [name, newProp] of newProps) {
          if (oldProps.has(name) || !newRequired.has(name) || Object.hasOwn(newProp.node, 'default')) continue;
          this.emit({
            direction,
            kind: 'added-required',
            field: `${field}.${name}`,
            newPath: newProp.path,
            oldParent: propertiesHolder(a),
            hidden: internal(newProp.node),
            required: true,
            isParameter: false,
          });
        }
      }
    }
    // Array items.
    const oldItems = resolve(a.doc, a.node.items, [...a.path, 'items']);
    const newItems = resolve(b.doc, b.node.items, [...b.path, 'items']);
    if (oldItems && newItems) this.schema(direction, oldItems, newItems, `${field}[]`, hidden, depth + 1);
  }
}

const URL_ENCODING = 'x-ms-url-encoding';

/** How a path parameter's value is encoded into the URL; `single` when not written. */
function urlEncoding(p: ParameterModel): string {
  const value = p.node[URL_ENCODING];
  return typeof value === 'string' ? value.toLowerCase() : 'single';
}

function paramField(p: ParameterModel): string {
  return `${p.in}.${p.name}`;
}

function paramNode(doc: unknown, p: ParameterModel): Node {
  return { doc, node: p.node, path: p.jsonPath };
}

/** The schema of the first 2xx response that has one (falling back to `default`). */
function successSchema(doc: unknown, op: OperationModel): Node | undefined {
  const sorted = [...op.responses].sort((x, y) => x.code.localeCompare(y.code));
  const candidates = [...sorted.filter((r) => /^2\d\d$/.test(r.code)), ...sorted.filter((r) => r.code === 'default')];
  for (const r of candidates) {
    if (r.schema) return resolve(doc, r.schema, [...r.jsonPath, 'schema']);
  }
  return undefined;
}

function notificationSchema(doc: unknown, op: OperationModel): Node | undefined {
  const content = op.pathItem['x-ms-notification-content'];
  if (!isObject(content)) return undefined;
  return resolve(doc, content.schema, [...op.jsonPath.slice(0, 2), 'x-ms-notification-content', 'schema']);
}

/**
 * Two parameters carry the same name: header names compare case-insensitively (HTTP ignores their case), every
 * other name exactly (`top` and `Top` are different query parameters, so a case change is a rename).
 */
function sameName(a: ParameterModel, b: ParameterModel): boolean {
  return a.in === 'header' && b.in === 'header' ? a.name.toLowerCase() === b.name.toLowerCase() : a.name === b.name;
}

const PLACEHOLDER = /\{([^{}]*)\}/g;

/** The names of a path template's placeholders, in order: `/a/{x}/b/{y}` → `x`, `y`. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}

/** Two path templates are the same route when they differ at most in placeholder names (`/t/{id}`, `/t/{taskId}`). */
export function sameRoute(a: string, b: string): boolean {
  return a === b || a.replace(PLACEHOLDER, '{}') === b.replace(PLACEHOLDER, '{}');
}

/**
 * Old path parameter name → new one, for placeholders renamed in place (same route, same position); empty when the
 * route changed or no placeholder was renamed.
 */
function renamedPlaceholders(oldPath: string, newPath: string): Map<string, string> {
  const out = new Map<string, string>();
  if (oldPath === newPath || !sameRoute(oldPath, newPath)) return out;
  const before = placeholders(oldPath);
  const after = placeholders(newPath);
  // A name used twice in one template cannot be mapped one to one.
  if (new Set(before).size !== before.length || new Set(after).size !== after.length) return out;
  before.forEach((name, i) => {
    const next = after[i];
    if (next !== undefined && next !== name) out.set(name, next);
  });
  return out;
}

/** Locations whose parameters flows store by name alone, so that a new name with nothing else changed is a rename. */
const RENAMABLE = ['query', 'header', 'formData'] as const;

/**
 * Old parameter → new one, for a query, header or formData parameter renamed in place: the only one of its
 * location that went (not moved elsewhere) and the only one that came, of the same type, and not made required.
 * Anything less clear stays a removal and an addition.
 */
function renamedParameters(
  oldParams: ParameterModel[],
  newParams: ParameterModel[],
): Map<ParameterModel, ParameterModel> {
  const out = new Map<ParameterModel, ParameterModel>();
  const oldKeys = new Set(oldParams.map((p) => p.key));
  const newKeys = new Set(newParams.map((p) => p.key));
  // A name found in the other version under another location moved: the location rule reports it.
  const gone = oldParams.filter((p) => !newKeys.has(p.key) && !newParams.some((q) => sameName(p, q)));
  const came = newParams.filter((q) => !oldKeys.has(q.key) && !oldParams.some((p) => sameName(p, q)));
  for (const location of RENAMABLE) {
    const from = gone.filter((x) => x.in === location);
    const to = came.filter((x) => x.in === location);
    const [p] = from;
    const [q] = to;
    if (from.length !== 1 || to.length !== 1 || !p || !q) continue;
    const type = typeOf(p.node);
    if (type === undefined || type !== typeOf(q.node) || (!p.required && q.required)) continue;
    out.set(p, q);
  }
  return out;
}

/**
 * The body carries no input a user filled in: it is internal, or every property of its schema is (a webhook
 * registration body holding only the `x-ms-notification-url`). Flows then stored nothing under its name.
 */
function bodyHidden(doc: unknown, body: ParameterModel): boolean {
  if (body.hidden) return true;
  const schema = resolve(doc, body.schema, [...body.jsonPath, 'schema']);
  if (!schema || internal(schema.node)) return schema !== undefined;
  const props = propertiesOf(schema);
  return props.size > 0 && [...props.values()].every((p) => internal(p.node));
}

/** All input and output changes of one operation pair. */
export function pairChanges(oldDoc: unknown, newDoc: unknown, pair: OperationPair): SchemaChange[] {
  const c = new Comparer(pair);
  const oldParams = pair.old.parameters.filter((p) => p.in !== 'body');
  const newParams = pair.new.parameters.filter((p) => p.in !== 'body');
  const newByKey = new Map(newParams.map((p) => [p.key, p]));
  const oldByKey = new Map(oldParams.map((p) => [p.key, p]));
  // Placeholder names alone do not move the route: the path parameters are matched by position and renamed.
  const pathChanged = !sameRoute(pair.old.path, pair.new.path);
  const renames = renamedPlaceholders(pair.old.path, pair.new.path);
  const renamedTo = new Set(renames.values());
  const renamedParams = renamedParameters(oldParams, newParams);
  const counterpart = (p: ParameterModel): ParameterModel | undefined => {
    const renamedParam = renamedParams.get(p);
    if (renamedParam) return renamedParam;
    const renamed = p.in === 'path' ? renames.get(p.name) : undefined;
    const byName = renamed === undefined ? undefined : newParams.find((q) => q.in === 'path' && q.name === renamed);
    if (byName) return byName;
    // A kept name that another placeholder now takes (a swap) is that placeholder's, not this parameter's.
    if (p.in === 'path' && renamed === undefined && renamedTo.has(p.name)) return undefined;
    return newByKey.get(p.key);
  };
  const matched = new Set<ParameterModel>();
  for (const p of oldParams) {
    const q = counterpart(p);
    if (q) {
      matched.add(q);
      if (!sameName(p, q)) {
        c.emit({
          direction: 'input',
          kind: 'renamed',
          field: paramField(p),
          oldPath: [...p.jsonPath, 'name'],
          newPath: [...q.jsonPath, 'name'],
          oldValue: p.name,
          newValue: q.name,
          hidden: p.hidden,
          required: p.required,
          isParameter: true,
        });
      }
      if (!p.required && q.required && !Object.hasOwn(q.node, 'default')) {
        c.emit({
          direction: 'input',
          kind: 'became-required',
          field: paramField(q),
          oldPath: p.usePath,
          newPath: q.usePath,
          hidden: q.hidden,
          required: true,
          isParameter: true,
        });
      }
      const before = urlEncoding(p);
      const after = urlEncoding(q);
      if (p.in === 'path' && before !== after) {
        c.emit({
          direction: 'input',
          kind: 'encoding',
          field: paramField(q),
          oldPath: Object.hasOwn(p.node, URL_ENCODING) ? [...p.jsonPath, URL_ENCODING] : p.usePath,
          newPath: Object.hasOwn(q.node, URL_ENCODING) ? [...q.jsonPath, URL_ENCODING] : q.usePath,
          oldValue: before,
          newValue: after,
          hidden: q.hidden,
          required: q.required,
          isParameter: true,
        });
      }
      c.schema('input', paramNode(oldDoc, p), paramNode(newDoc, q), paramField(p), p.hidden, 0, true);
      continue;
    }
    const moved = newParams.find((x) => sameName(p, x) && !oldByKey.has(x.key));
    if (moved) {
      c.emit({
        direction: 'input',
        kind: 'location',
        field: paramField(p),
        oldPath: [...p.jsonPath, 'in'],
        newPath: [...moved.jsonPath, 'in'],
        oldValue: p.in,
        newValue: moved.in,
        hidden: p.hidden,
        required: p.required,
        isParameter: true,
      });
      continue;
    }
    // A path parameter that disappears with a changed path template is reported by the path rule.
    if (p.in === 'path' && pathChanged) continue;
    c.emit({
      direction: 'input',
      kind: 'removed',
      field: paramField(p),
      oldPath: p.usePath,
      hidden: p.hidden,
      required: p.required,
      isParameter: true,
    });
  }
  for (const q of newParams) {
    if (matched.has(q) || oldByKey.has(q.key) || oldParams.some((p) => sameName(p, q) && !newByKey.has(p.key)))
      continue;
    if (q.in === 'path' && pathChanged) continue;
    if (q.required && !Object.hasOwn(q.node, 'default')) {
      c.emit({
        direction: 'input',
        kind: 'added-required',
        field: paramField(q),
        newPath: q.usePath,
        hidden: q.hidden,
        required: true,
        isParameter: true,
      });
    }
  }
  // Body: compared by schema whatever the body parameter is called; a new name is reported once, on its own.
  const oldBody = pair.old.body;
  const newBody = pair.new.body;
  if (oldBody && newBody) {
    const a = resolve(oldDoc, oldBody.schema, [...oldBody.jsonPath, 'schema']);
    const b = resolve(newDoc, newBody.schema, [...newBody.jsonPath, 'schema']);
    // Flows store body inputs under the body parameter's name (`body/title`), so a new name loses them.
    if (oldBody.name !== newBody.name) {
      c.emit({
        direction: 'input',
        kind: 'renamed',
        field: 'body',
        oldPath: [...oldBody.jsonPath, 'name'],
        newPath: [...newBody.jsonPath, 'name'],
        oldValue: oldBody.name,
        newValue: newBody.name,
        hidden: bodyHidden(oldDoc, oldBody),
        required: oldBody.required,
        isParameter: true,
      });
    }
    if (!oldBody.required && newBody.required) {
      c.emit({
        direction: 'input',
        kind: 'became-required',
        field: 'body',
        oldPath: oldBody.usePath,
        newPath: newBody.usePath,
        hidden: newBody.hidden,
        required: true,
        isParameter: true,
      });
    }
    if (a && b) c.schema('input', a, b, 'body', oldBody.hidden, 0);
  } else if (oldBody && !newBody) {
    c.emit({
      direction: 'input',
      kind: 'removed',
      field: 'body',
      oldPath: oldBody.usePath,
      hidden: oldBody.hidden,
      required: oldBody.required,
      isParameter: true,
    });
  } else if (!oldBody && newBody && newBody.required) {
    c.emit({
      direction: 'input',
      kind: 'added-required',
      field: 'body',
      newPath: newBody.usePath,
      hidden: newBody.hidden,
      required: true,
      isParameter: true,
    });
  }
  // Outputs.
  const oldOut = successSchema(oldDoc, pair.old);
  const newOut = successSchema(newDoc, pair.new);
  if (oldOut && newOut) c.schema('output', oldOut, newOut, 'response', false, 0);
  else if (oldOut && !newOut && (propertiesOf(oldOut).size > 0 || typeOf(oldOut.node) !== undefined)) {
    c.emit({
      direction: 'output',
      kind: 'removed',
      field: 'response',
      oldPath: oldOut.path,
      hidden: false,
      required: false,
      isParameter: false,
    });
  }
  const oldNote = notificationSchema(oldDoc, pair.old);
  const newNote = notificationSchema(newDoc, pair.new);
  if (oldNote && newNote) c.schema('output', oldNote, newNote, 'notification', false, 0);
  return c.changes;
}
