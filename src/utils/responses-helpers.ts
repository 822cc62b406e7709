import type { JsonPath } from '@stoplight/types';
import { isObject } from './guards';
import { childSchemas } from './schemas';
import { derefSchema } from './schemas-expand';

/** `x-ms-*` keys that make a schema dynamic: its shape is fetched at design time, so no exact schema is expected. */
export const DYNAMIC_SCHEMA_KEYS = ['x-ms-dynamic-schema', 'x-ms-dynamic-properties'] as const;

/** The response entries of a `responses` object: status codes and `default`, without `x-*` extension keys. */
export function responseEntries(responses: unknown): Array<[string, unknown]> {
  if (!isObject(responses)) return [];
  return Object.entries(responses).filter(([code]) => !code.startsWith('x-'));
}

/** A response object with `$ref`s to `#/responses/...` followed, and where it is written. */
export function resolveResponse(doc: unknown, response: unknown, path: JsonPath): { response: Record<string, unknown>; path: JsonPath } | undefined {
  const d = derefSchema(doc, response, path);
  return d ? { response: d.schema, path: d.path } : undefined;
}

function hasDynamicKey(node: unknown): boolean {
  return isObject(node) && DYNAMIC_SCHEMA_KEYS.some((k) => node[k] !== undefined && node[k] !== null);
}

/**
 * True when a response is dynamic (requirements.md 7, dynamic-response-exempt): the response object, its schema
 * (references followed) or the schema's array `items` carry `x-ms-dynamic-schema` / `x-ms-dynamic-properties`.
 * Such responses are exempt from the exact-schema rules.
 */
export function isDynamicResponse(doc: unknown, response: unknown): boolean {
  if (!isObject(response)) return false;
  if (hasDynamicKey(response)) return true;
  if (!('schema' in response)) return false;
  if (hasDynamicKey(response.schema)) return true;
  const schema = derefSchema(doc, response.schema, []);
  if (!schema) return false;
  if (hasDynamicKey(schema.schema)) return true;
  const items = derefSchema(doc, schema.schema.items, []);
  return items !== undefined && hasDynamicKey(items.schema);
}

/** Whether any property reachable from a schema (references followed, at most `budget` nodes) is `x-ms-notification-url: true`. */
function hasNotificationUrl(doc: unknown, schema: unknown, budget = 512): boolean {
  const seen = new Set<unknown>();
  const stack: unknown[] = [schema];
  while (stack.length > 0 && budget-- > 0) {
    const d = derefSchema(doc, stack.pop(), []);
    if (!d || seen.has(d.schema)) continue;
    seen.add(d.schema);
    if (d.schema['x-ms-notification-url'] === true) return true;
    for (const child of childSchemas(d.schema)) stack.push(child.schema);
  }
  return false;
}

/**
 * A webhook registration (requirements.md 0.3): an operation with `x-ms-trigger` whose parameters (path-item
 * and operation level) or body schema hold `x-ms-notification-url: true`.
 */
export function isWebhookOperation(doc: unknown, operation: unknown, pathItem: unknown): boolean {
  if (!isObject(operation) || operation['x-ms-trigger'] === undefined || operation['x-ms-trigger'] === null) return false;
  const params = [
    ...(isObject(pathItem) && Array.isArray(pathItem.parameters) ? pathItem.parameters : []),
    ...(Array.isArray(operation.parameters) ? operation.parameters : []),
  ];
  for (const raw of params) {
    const p = derefSchema(doc, raw, []);
    if (!p) continue;
    if (p.schema['x-ms-notification-url'] === true) return true;
    if ('schema' in p.schema && hasNotificationUrl(doc, p.schema.schema)) return true;
  }
  return false;
}
