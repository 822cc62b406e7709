import type { JsonPath } from '@stoplight/types';
import { isObject, show } from '../utils/guards';
import { HTTP_METHODS } from '../utils/http';
import { effectiveParameters, parameterList } from './parameters';
import { followRef } from './refs';
import { responseList } from './responses';
import { childSchemas } from './schema-children';
import type { OperationModel, ParameterModel, TriggerKind } from './types';
import { isInternal } from './visibility';

export const NOTIFICATION_URL = 'x-ms-notification-url';
export const NOTIFICATION_CONTENT = 'x-ms-notification-content';

/** How messages name an operation: `GetTask (GET /tasks/{id})`, or `GET /tasks/{id}` without an operationId. */
export function operationLabel(operationId: string | undefined, path: string, method: string): string {
  const where = `${method.toUpperCase()} ${show(path, 100)}`;
  return operationId !== undefined && operationId.trim() !== '' ? `${show(operationId, 80)} (${where})` : where;
}

/** The operation has an `x-ms-trigger` (null counts as none, as for the trigger rules). */
export function isTrigger(op: Record<string, unknown>): boolean {
  return op['x-ms-trigger'] !== undefined && op['x-ms-trigger'] !== null;
}

/** `x-ms-notification-url` marks the node (`true`, or the string "true" that the value rule reports). */
export function marksNotificationUrl(node: unknown): boolean {
  if (!isObject(node) || !Object.hasOwn(node, NOTIFICATION_URL)) return false;
  const v = node[NOTIFICATION_URL];
  return v === true || v === 'true';
}

/** True when a schema, or any schema below it (`$ref`s followed), carries `x-ms-notification-url`. */
function schemaMarksNotificationUrl(document: unknown, schema: unknown, path: JsonPath): boolean {
  const seen = new Set<object>();
  const stack: Array<{ value: unknown; path: JsonPath }> = [{ value: schema, path }];
  while (stack.length > 0) {
    const next = stack.pop();
    if (!next) break;
    const resolved = followRef(document, next.value, next.path);
    const node = resolved.node;
    if (!isObject(node) || seen.has(node)) continue;
    seen.add(node);
    if (marksNotificationUrl(node)) return true;
    for (const child of childSchemas(node))
      stack.push({ value: child.schema, path: [...resolved.path, ...child.segments] });
  }
  return false;
}

/** A webhook registration: its request carries a notification URL (a marked parameter or body property). */
export function isWebhookRegistration(document: unknown, parameters: ParameterModel[]): boolean {
  return parameters.some(
    (p) =>
      marksNotificationUrl(p.node) ||
      (p.in === 'body' &&
        p.schema !== undefined &&
        schemaMarksNotificationUrl(document, p.schema, [...p.jsonPath, 'schema'])),
  );
}

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined;
}

/** Every operation of the document, in document order, with its effective parameters and responses. */
export function buildOperations(document: unknown): OperationModel[] {
  const found: OperationModel[] = [];
  if (!isObject(document) || !isObject(document.paths)) return found;
  const rootConsumes = stringList(document.consumes) ?? [];
  const rootProduces = stringList(document.produces) ?? [];
  for (const [path, pathItem] of Object.entries(document.paths)) {
    if (!isObject(pathItem)) continue;
    const pathLevel = parameterList(document, pathItem.parameters, ['paths', path, 'parameters'], 'path');
    for (const method of Object.keys(pathItem)) {
      const node = pathItem[method];
      if (!(HTTP_METHODS as readonly string[]).includes(method) || !isObject(node)) continue;
      const jsonPath: JsonPath = ['paths', path, method];
      const own = parameterList(document, node.parameters, [...jsonPath, 'parameters'], 'operation');
      const parameters = effectiveParameters(pathLevel, own);
      const operationId = typeof node.operationId === 'string' ? node.operationId : undefined;
      let trigger: TriggerKind = 'none';
      if (Object.hasOwn(node, 'x-ms-trigger') && node['x-ms-trigger'] !== undefined) {
        trigger =
          Object.hasOwn(pathItem, NOTIFICATION_CONTENT) || isWebhookRegistration(document, parameters)
            ? 'webhook'
            : 'polling';
      }
      found.push({
        path,
        method,
        operationId,
        label: operationLabel(operationId, path, method),
        jsonPath,
        node,
        pathItem,
        parameters,
        body: parameters.find((p) => p.in === 'body'),
        formData: parameters.filter((p) => p.in === 'formData'),
        consumes: stringList(node.consumes) ?? rootConsumes,
        produces: stringList(node.produces) ?? rootProduces,
        hidden: isInternal(node),
        deprecated: node.deprecated === true,
        trigger,
        pageable: Object.hasOwn(node, 'x-ms-pageable') && node['x-ms-pageable'] !== undefined,
        responses: responseList(document, node.responses, [...jsonPath, 'responses']),
      });
    }
  }
  return found;
}
