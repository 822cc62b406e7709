/**
 * A thin stand-in for the connector model (`src/model/`) with the same shape, limited to what the diff reads:
 * operations with effective parameters, responses, triggers and visibility; dynamic uses; one $ref follower.
 * The diff imports the model only through this file, so switching to `src/model/` is a one-line change.
 */
import type { JsonPath } from '@stoplight/types';
import { isObject } from '../utils/guards';

export interface Resolved {
  node: unknown;
  path: JsonPath;
  viaRef: boolean;
  local: boolean;
  cycle: boolean;
  broken: boolean;
}

/** '#/a/b~1c' -> ['a', 'b/c']; undefined for anything that is not a local pointer. */
export function refToPath(ref: unknown): JsonPath | undefined {
  if (typeof ref !== 'string' || !ref.startsWith('#')) return undefined;
  const pointer = ref.slice(1);
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) return undefined;
  return pointer
    .slice(1)
    .split('/')
    .map((part) => {
      let text = part;
      try {
        text = decodeURIComponent(part);
      } catch {
        // keep the raw segment
      }
      return text.replace(/~1/g, '/').replace(/~0/g, '~');
    });
}

/** The value at a path, own properties only. */
export function nodeAt(document: unknown, path: JsonPath): unknown {
  let node: unknown = document;
  for (const segment of path) {
    if (Array.isArray(node)) {
      const index = typeof segment === 'number' ? segment : Number(segment);
      if (!Number.isInteger(index) || index < 0 || index >= node.length) return undefined;
      node = node[index];
    } else if (isObject(node)) {
      const key = String(segment);
      if (!Object.hasOwn(node, key)) return undefined;
      node = node[key];
    } else {
      return undefined;
    }
  }
  return node;
}

/** Follow a chain of `$ref`s to its final target. */
export function followRef(document: unknown, value: unknown, path: JsonPath): Resolved {
  let node = value;
  let at = path;
  let viaRef = false;
  const seen = new Set<string>();
  while (isObject(node) && typeof node.$ref === 'string') {
    const ref = node.$ref;
    const target = refToPath(ref);
    if (!target) return { node: undefined, path: at, viaRef, local: false, cycle: false, broken: false };
    if (seen.has(ref)) return { node: undefined, path: at, viaRef, local: true, cycle: true, broken: false };
    seen.add(ref);
    viaRef = true;
    const next = nodeAt(document, target);
    if (next === undefined) return { node: undefined, path: target, viaRef, local: true, cycle: false, broken: true };
    node = next;
    at = target;
  }
  return { node, path: at, viaRef, local: true, cycle: false, broken: false };
}

export type TriggerKind = 'none' | 'polling' | 'webhook';

export interface ParameterModel {
  name: string;
  in: string;
  key: string;
  node: Record<string, unknown>;
  jsonPath: JsonPath;
  usePath: JsonPath;
  viaRef: boolean;
  level: 'path' | 'operation';
  required: boolean;
  hidden: boolean;
  schema?: Record<string, unknown>;
}

export interface ResponseModel {
  code: string;
  node: Record<string, unknown>;
  jsonPath: JsonPath;
  usePath: JsonPath;
  viaRef: boolean;
  schema?: Record<string, unknown>;
}

export interface OperationModel {
  path: string;
  method: string;
  operationId?: string;
  label: string;
  jsonPath: JsonPath;
  node: Record<string, unknown>;
  pathItem: Record<string, unknown>;
  parameters: ParameterModel[];
  body?: ParameterModel;
  formData: ParameterModel[];
  consumes: string[];
  produces: string[];
  hidden: boolean;
  deprecated: boolean;
  trigger: TriggerKind;
  pageable: boolean;
  responses: ResponseModel[];
}

export interface DynamicUse {
  kind: 'x-ms-dynamic-values' | 'x-ms-dynamic-schema' | 'x-ms-dynamic-properties' | 'x-ms-dynamic-list' | 'x-ms-dynamic-tree';
  value: unknown;
  path: JsonPath;
  operationId?: string;
  operation?: OperationModel;
}

export interface ConnectorModel {
  document: unknown;
  operations: OperationModel[];
  operationsById: ReadonlyMap<string, OperationModel[]>;
  dynamicUses: DynamicUse[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];
const DYNAMIC_KINDS: readonly DynamicUse['kind'][] = [
  'x-ms-dynamic-values',
  'x-ms-dynamic-schema',
  'x-ms-dynamic-properties',
  'x-ms-dynamic-list',
  'x-ms-dynamic-tree',
];

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined;
}

function isInternal(node: Record<string, unknown>): boolean {
  return typeof node['x-ms-visibility'] === 'string' && node['x-ms-visibility'].toLowerCase() === 'internal';
}

function parameterList(document: unknown, list: unknown, base: JsonPath, level: 'path' | 'operation'): ParameterModel[] {
  if (!Array.isArray(list)) return [];
  const out: ParameterModel[] = [];
  list.forEach((entry: unknown, index) => {
    const usePath = [...base, index];
    const resolved = followRef(document, entry, usePath);
    if (!isObject(resolved.node)) return;
    const node = resolved.node;
    const name = typeof node.name === 'string' ? node.name : '';
    const location = typeof node.in === 'string' ? node.in : '';
    const key = `${location}:${location === 'header' ? name.toLowerCase() : name}`;
    out.push({
      name,
      in: location,
      key,
      node,
      jsonPath: resolved.path,
      usePath,
      viaRef: resolved.viaRef,
      level,
      required: node.required === true,
      hidden: isInternal(node),
      schema: isObject(node.schema) ? node.schema : undefined,
    });
  });
  return out;
}

function buildModel(document: unknown): ConnectorModel {
  const operations: OperationModel[] = [];
  const root = isObject(document) ? document : {};
  const paths = isObject(root.paths) ? root.paths : {};
  for (const [pathKey, rawItem] of Object.entries(paths)) {
    if (!isObject(rawItem)) continue;
    const resolvedItem = followRef(document, rawItem, ['paths', pathKey]).node;
    const item = isObject(resolvedItem) ? resolvedItem : rawItem;
    const pathParams = parameterList(document, item.parameters, ['paths', pathKey, 'parameters'], 'path');
    for (const method of Object.keys(item)) {
      if (!METHODS.includes(method.toLowerCase())) continue;
      const node = item[method];
      if (!isObject(node)) continue;
      const opParams = parameterList(document, node.parameters, ['paths', pathKey, method, 'parameters'], 'operation');
      const byKey = new Map<string, ParameterModel>();
      for (const p of pathParams) byKey.set(p.key, p);
      for (const p of opParams) byKey.set(p.key, p);
      const parameters = [...byKey.values()];
      const operationId = typeof node.operationId === 'string' ? node.operationId : undefined;
      const responses: ResponseModel[] = [];
      if (isObject(node.responses)) {
        for (const [code, raw] of Object.entries(node.responses)) {
          if (code.startsWith('x-')) continue;
          const usePath = ['paths', pathKey, method, 'responses', code];
          const resolved = followRef(document, raw, usePath);
          if (!isObject(resolved.node)) continue;
          responses.push({ code, node: resolved.node, jsonPath: resolved.path, usePath, viaRef: resolved.viaRef, schema: isObject(resolved.node.schema) ? resolved.node.schema : undefined });
        }
      }
      const trigger: TriggerKind =
        node['x-ms-trigger'] === undefined ? 'none' : item['x-ms-notification-content'] !== undefined || /webhook/i.test(String(node['x-ms-trigger-hint'] ?? '')) || /webhook/i.test(operationId ?? '') ? 'webhook' : 'polling';
      operations.push({
        path: pathKey,
        method: method.toLowerCase(),
        operationId,
        label: `${operationId ?? '(no operationId)'} (${method.toUpperCase()} ${pathKey})`,
        jsonPath: ['paths', pathKey, method],
        node,
        pathItem: item,
        parameters,
        body: parameters.find((p) => p.in === 'body'),
        formData: parameters.filter((p) => p.in === 'formData'),
        consumes: stringList(node.consumes) ?? stringList(root.consumes) ?? [],
        produces: stringList(node.produces) ?? stringList(root.produces) ?? [],
        hidden: isInternal(node),
        deprecated: node.deprecated === true,
        trigger,
        pageable: node['x-ms-pageable'] !== undefined,
        responses,
      });
    }
  }
  const operationsById = new Map<string, OperationModel[]>();
  for (const op of operations) {
    if (op.operationId === undefined) continue;
    const list = operationsById.get(op.operationId) ?? [];
    list.push(op);
    operationsById.set(op.operationId, list);
  }
  return { document, operations, operationsById, dynamicUses: dynamicUses(document, operations) };
}

function dynamicTarget(value: unknown): string | undefined {
  if (!isObject(value)) return undefined;
  if (typeof value.operationId === 'string') return value.operationId;
  for (const key of ['open', 'browse', 'settings']) {
    const sub = value[key];
    if (isObject(sub) && typeof sub.operationId === 'string') return sub.operationId;
  }
  return undefined;
}

function dynamicUses(document: unknown, operations: OperationModel[]): DynamicUse[] {
  const uses: DynamicUse[] = [];
  const seen = new Set<unknown>();
  const opByPath = new Map<string, OperationModel>();
  for (const op of operations) opByPath.set(JSON.stringify(op.jsonPath), op);
  const stack: Array<{ node: unknown; path: JsonPath }> = [{ node: document, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop() as { node: unknown; path: JsonPath };
    if (typeof node !== 'object' || node === null || seen.has(node) || path.length > 64) continue;
    seen.add(node);
    if (Array.isArray(node)) {
      node.forEach((child: unknown, i) => stack.push({ node: child, path: [...path, i] }));
      continue;
    }
    for (const [key, child] of Object.entries(node)) {
      const kind = DYNAMIC_KINDS.find((k) => k === key);
      if (kind) {
        const at = [...path, key];
        const operation = path.length >= 3 && path[0] === 'paths' ? opByPath.get(JSON.stringify(path.slice(0, 3))) : undefined;
        uses.push({ kind, value: child, path: at, operationId: dynamicTarget(child), operation });
      }
      stack.push({ node: child, path: [...path, key] });
    }
  }
  return uses;
}

const memo = new WeakMap<object, ConnectorModel>();

/** The model of a parsed connector definition, built once per document object. Never throws. */
export function connectorModel(document: unknown): ConnectorModel {
  if (typeof document !== 'object' || document === null) return buildModel(document);
  let model = memo.get(document);
  if (!model) {
    model = buildModel(document);
    memo.set(document, model);
  }
  return model;
}
