import { isObject } from './guards';
import { HTTP_METHODS } from './http';

export interface OperationEntry {
  /** The path key (`/tasks/{taskId}`). */
  path: string;
  /** The HTTP method key (`get`, ...). */
  method: string;
  operation: Record<string, unknown>;
  pathItem: Record<string, unknown>;
}

/** Every operation object of a Swagger 2.0 document with its location, in document order. */
export function operationsOf(doc: unknown): OperationEntry[] {
  const found: OperationEntry[] = [];
  if (!isObject(doc) || !isObject(doc.paths)) return found;
  for (const [path, pathItem] of Object.entries(doc.paths)) {
    if (!isObject(pathItem)) continue;
    for (const method of Object.keys(pathItem)) {
      const operation = pathItem[method];
      if ((HTTP_METHODS as readonly string[]).includes(method) && isObject(operation)) found.push({ path, method, operation, pathItem });
    }
  }
  return found;
}

/** Status-code keys of a responses object (extension keys left out). */
export function responseCodes(responses: unknown): string[] {
  return isObject(responses) ? Object.keys(responses).filter((k) => !k.startsWith('x-')) : [];
}

/**
 * True for a webhook registration: a trigger whose path item carries `x-ms-notification-content`, which
 * defines its outputs.
 */
export function isWebhookRegistration(operation: Record<string, unknown>, pathItem: unknown): boolean {
  return operation['x-ms-trigger'] !== undefined && isObject(pathItem) && isObject(pathItem['x-ms-notification-content']);
}
