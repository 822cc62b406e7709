/**
 * Webhook detection for the trigger rules: where an operation's request carries `x-ms-notification-url`.
 */
import type { JsonPath } from '@stoplight/types';
import { isObject, quote } from './guards';
import { bodyParameter, isTrigger, listOperations, operationParameters, resolvedSchemaVisits, type JsonObject, type OperationInfo, type ParamInfo, type SchemaLink } from './triggers-model';
import { perDocument } from '../model/memo';
import { isInternal } from '../model/visibility';

export const NOTIFICATION_URL = 'x-ms-notification-url';
export const NOTIFICATION_CONTENT = 'x-ms-notification-content';

/** `x-ms-notification-url` marks the node (`true`, or the string "true" that the value rule reports). */
export function marksNotificationUrl(node: unknown): boolean {
  if (!isObject(node)) return false;
  const v = node[NOTIFICATION_URL];
  return v === true || v === 'true';
}

export interface NotificationUrlSite {
  op: OperationInfo;
  /** The body parameter whose schema holds the property; undefined when a parameter itself is marked. */
  body?: ParamInfo;
  /** The marked non-body parameter, when the flag is on a parameter. */
  param?: ParamInfo;
  /** The marked property schema (or parameter object). */
  schema: JsonObject;
  /** Where the marked node is written. */
  path: JsonPath;
  /** Schema links from the body schema down to the property. */
  chain: SchemaLink[];
  /** The property, a schema ancestor, the body parameter or the operation is internal. */
  hidden: boolean;
}

export interface OperationModel {
  info: OperationInfo;
  params: ParamInfo[];
  body?: ParamInfo;
  /** Notification-URL properties of the request (body schema, or marked parameters). */
  notificationUrls: NotificationUrlSite[];
  /** A webhook operation: its request carries a notification URL. */
  webhook: boolean;
  trigger: boolean;
}

function buildOperationModel(doc: unknown, info: OperationInfo): OperationModel {
  const params = operationParameters(doc, info);
  const body = bodyParameter(params);
  const notificationUrls: NotificationUrlSite[] = [];
  const opHidden = isInternal(info.op);
  for (const p of params) {
    if (p.in !== 'body' && marksNotificationUrl(p.param)) {
      notificationUrls.push({ op: info, param: p, schema: p.param, path: p.path, chain: [], hidden: opHidden || isInternal(p.param) });
    }
  }
  if (body && body.param.schema !== undefined) {
    const seen = new Set<string>();
    for (const v of resolvedSchemaVisits(doc, info.model, [...body.path, 'schema'])) {
      if (v.chain.length === 0 || !marksNotificationUrl(v.schema)) continue;
      const key = JSON.stringify(v.path);
      if (seen.has(key)) continue;
      seen.add(key);
      notificationUrls.push({ op: info, body, schema: v.schema, path: v.path, chain: v.chain, hidden: v.hidden });
    }
    if (marksNotificationUrl(body.param)) {
      notificationUrls.push({ op: info, param: body, schema: body.param, path: body.path, chain: [], hidden: opHidden || isInternal(body.param) });
    }
  }
  return { info, params, body, notificationUrls, webhook: notificationUrls.length > 0, trigger: isTrigger(info.op) };
}

/** Every operation with its parameters and notification-URL sites (computed once per document). */
export const operationModels = perDocument((doc: unknown): OperationModel[] => listOperations(doc).map((info) => buildOperationModel(doc, info)));

/** The path item's `x-ms-notification-content`, or the operation's when it was put there. */
export function notificationContentOf(info: OperationInfo): { value: unknown; path: JsonPath; onOperation: boolean } | undefined {
  if (info.item[NOTIFICATION_CONTENT] !== undefined) {
    return { value: info.item[NOTIFICATION_CONTENT], path: ['paths', info.pathKey, NOTIFICATION_CONTENT], onOperation: false };
  }
  if (info.op[NOTIFICATION_CONTENT] !== undefined) {
    return { value: info.op[NOTIFICATION_CONTENT], path: [...info.path, NOTIFICATION_CONTENT], onOperation: true };
  }
  return undefined;
}

/** The operation's display name for messages: its operationId, or "METHOD /path". */
export function operationLabel(info: OperationInfo): string {
  return info.operationId !== undefined ? quote(info.operationId) : `${info.method.toUpperCase()} ${quote(info.pathKey)}`;
}
