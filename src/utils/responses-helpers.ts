import type { JsonPath } from '@stoplight/types';
import { isObject } from './guards';
import { connectorModel } from '../model';
import { isWebhookRegistration } from '../model/operations';
import { followToObject } from '../model/refs';

/** `x-ms-*` keys that make a schema dynamic: its shape is fetched at design time, so no exact schema is expected. */
export const DYNAMIC_SCHEMA_KEYS = ['x-ms-dynamic-schema', 'x-ms-dynamic-properties'] as const;

/** Keys that give a schema a shape: a structure, a reference or a design-time schema. */
export const SCHEMA_SHAPE_KEYS = [
  'type',
  '$ref',
  'properties',
  'items',
  'allOf',
  'anyOf',
  'oneOf',
  'additionalProperties',
  ...DYNAMIC_SCHEMA_KEYS,
] as const;

/** The response entries of a `responses` object: status codes and `default`, without `x-*` extension keys. */
export function responseEntries(responses: unknown): Array<[string, unknown]> {
  if (!isObject(responses)) return [];
  return Object.entries(responses).filter(([code]) => !code.startsWith('x-'));
}

/** A response object with `$ref`s to `#/responses/...` followed, and where it is written. */
export function resolveResponse(
  doc: unknown,
  response: unknown,
  path: JsonPath,
): { response: Record<string, unknown>; path: JsonPath } | undefined {
  const d = followToObject(doc, response, path);
  return d ? { response: d.node, path: d.path } : undefined;
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
  const schema = followToObject(doc, response.schema, []);
  if (!schema) return false;
  if (hasDynamicKey(schema.node)) return true;
  const items = followToObject(doc, schema.node.items, []);
  return items !== undefined && hasDynamicKey(items.node);
}

/**
 * A webhook registration (requirements.md 0.3): an operation with `x-ms-trigger` whose effective parameters or
 * body schema hold `x-ms-notification-url: true`.
 */
export function isWebhookOperation(doc: unknown, operation: unknown): boolean {
  const op = connectorModel(doc).operations.find((o) => o.node === operation);
  return op !== undefined && op.trigger !== 'none' && isWebhookRegistration(doc, op.parameters);
}
