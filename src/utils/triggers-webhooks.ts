/**
 * Webhook detection for the trigger rules: where an operation's request carries `x-ms-notification-url`.
 */
import type { JsonPath } from '@stoplight/types';
import { quote } from './guards';
import {
  connectorModel,
  isTrigger,
  marksNotificationUrl,
  NOTIFICATION_CONTENT,
  type OperationModel as ModelOperation,
  type ParameterModel,
} from '../model';
import { perDocument } from '../model/memo';
import { resolvedSchemaVisits, type JsonObject, type SchemaLink } from '../model/schema-views';

export { marksNotificationUrl, NOTIFICATION_CONTENT, NOTIFICATION_URL } from '../model';

export interface NotificationUrlSite {
  op: ModelOperation;
  /** The body parameter whose schema holds the property; undefined when a parameter itself is marked. */
  body?: ParameterModel;
  /** The marked non-body parameter, when the flag is on a parameter. */
  param?: ParameterModel;
  /** The marked property schema (or parameter object). */
  schema: JsonObject;
  /** Where the marked node is written. */
  path: JsonPath;
  /** Schema links from the body schema down to the property. */
  chain: SchemaLink[];
  /** The property, a schema ancestor, the body parameter or the operation is internal. */
  hidden: boolean;
}

/** The trigger view of a model operation: its notification-URL sites. */
export interface OperationModel {
  info: ModelOperation;
  params: ParameterModel[];
  body?: ParameterModel;
  /** Notification-URL properties of the request (body schema, or marked parameters). */
  notificationUrls: NotificationUrlSite[];
  /** A webhook operation: its request carries a notification URL. */
  webhook: boolean;
  trigger: boolean;
}

function buildOperationModel(doc: unknown, info: ModelOperation): OperationModel {
  const params = info.parameters;
  const body = info.body;
  const notificationUrls: NotificationUrlSite[] = [];
  const opHidden = info.hidden;
  for (const p of params) {
    if (p.in !== 'body' && marksNotificationUrl(p.node)) {
      notificationUrls.push({
        op: info,
        param: p,
        schema: p.node,
        path: p.jsonPath,
        chain: [],
        hidden: opHidden || p.hidden,
      });
    }
  }
  if (body && body.node.schema !== undefined) {
    const seen = new Set<string>();
    for (const v of resolvedSchemaVisits(doc, info, [...body.jsonPath, 'schema'])) {
      if (v.chain.length === 0 || !marksNotificationUrl(v.schema)) continue;
      const key = JSON.stringify(v.path);
      if (seen.has(key)) continue;
      seen.add(key);
      notificationUrls.push({ op: info, body, schema: v.schema, path: v.path, chain: v.chain, hidden: v.hidden });
    }
    if (marksNotificationUrl(body.node)) {
      notificationUrls.push({
        op: info,
        param: body,
        schema: body.node,
        path: body.jsonPath,
        chain: [],
        hidden: opHidden || body.hidden,
      });
    }
  }
  return { info, params, body, notificationUrls, webhook: notificationUrls.length > 0, trigger: isTrigger(info.node) };
}

/** Every operation with its parameters and notification-URL sites (computed once per document). */
export const operationModels = perDocument((doc: unknown): OperationModel[] =>
  connectorModel(doc).operations.map((info) => buildOperationModel(doc, info)),
);

/** The path item's `x-ms-notification-content`, or the operation's when it was put there. */
export function notificationContentOf(
  info: ModelOperation,
): { value: unknown; path: JsonPath; onOperation: boolean } | undefined {
  if (info.pathItem[NOTIFICATION_CONTENT] !== undefined) {
    return {
      value: info.pathItem[NOTIFICATION_CONTENT],
      path: ['paths', info.path, NOTIFICATION_CONTENT],
      onOperation: false,
    };
  }
  if (info.node[NOTIFICATION_CONTENT] !== undefined) {
    return {
      value: info.node[NOTIFICATION_CONTENT],
      path: [...info.jsonPath, NOTIFICATION_CONTENT],
      onOperation: true,
    };
  }
  return undefined;
}

/** The operation's display name for messages: its operationId, or "METHOD /path". */
export function operationLabel(info: ModelOperation): string {
  return info.operationId !== undefined ? quote(info.operationId) : `${info.method.toUpperCase()} ${quote(info.path)}`;
}
