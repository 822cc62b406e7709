import type { JsonPath } from '@stoplight/types';
import { isObject } from './guards';
import { connectorModel, type OperationModel } from '../model';

/** The request MIME types Microsoft's validator lists as supported (L-SVR `MimeTypeNotSupported`). */
export const SUPPORTED_REQUEST_MIME_TYPES = [
  'application/json',
  'text/plain',
  'multipart/form-data',
  'application/x-www-form-urlencoded',
] as const;

export const MULTIPART = 'multipart/form-data';
export const FORM_URLENCODED = 'application/x-www-form-urlencoded';

const TOKEN = "[A-Za-z0-9!#$%&'^_`|~.+-]+";
/** `type/subtype` with optional `; name=value` parameters; `*` is accepted in the subtype (`application/*+json`). */
const MIME_PATTERN = new RegExp(
  `^(\\*|${TOKEN})/([A-Za-z0-9!#$%&'^_\`|~.+*-]+)(\\s*;\\s*${TOKEN}\\s*=\\s*(${TOKEN}|"[^"]*"))*\\s*;?$`,
);

/** True when `value` is a well-formed MIME type (media range), e.g. `application/json; charset=utf-8`. */
export function isWellFormedMime(value: string): boolean {
  return value.length <= 255 && MIME_PATTERN.test(value.trim());
}

/** The lower-cased `type/subtype` of a MIME type, without parameters. */
export function mimeBase(value: string): string {
  return (value.split(';')[0] ?? '').trim().toLowerCase();
}

/** The string MIME types of a `consumes`/`produces` value, lower-cased without parameters. */
export function mimeBases(list: unknown): string[] {
  return Array.isArray(list) ? list.filter((v): v is string => typeof v === 'string').map(mimeBase) : [];
}

export interface OperationMedia {
  operation: OperationModel;
  /** The `consumes` that applies as written: the operation's own, else the root's (undefined when neither has one). */
  consumes: unknown;
  /** Where that `consumes` is written, or undefined when there is none. */
  consumesPath?: JsonPath;
}

/** The `consumes` that applies to an operation, as written (the model's list keeps only strings). */
export function mediaOf(doc: unknown, operation: OperationModel): OperationMedia {
  const root = isObject(doc) && Object.hasOwn(doc, 'consumes');
  const own = Object.hasOwn(operation.node, 'consumes');
  return {
    operation,
    consumes: own ? operation.node.consumes : root && isObject(doc) ? doc.consumes : undefined,
    consumesPath: own ? [...operation.jsonPath, 'consumes'] : root ? ['consumes'] : undefined,
  };
}

/** Every operation with the `consumes` that applies to it. */
export function operationsWithMedia(doc: unknown): OperationMedia[] {
  return connectorModel(doc).operations.map((operation) => mediaOf(doc, operation));
}

/** True for a formData parameter carrying binary content: `type: file`, or `type: string` with `format: binary`. */
export function isBinaryParameter(param: Record<string, unknown>): boolean {
  return param.type === 'file' || (param.type === 'string' && param.format === 'binary');
}
