import type { JsonPath } from '@stoplight/types';
import { isObject } from './guards';
import { HTTP_METHODS } from './http';
import { resolveLocalRef } from './schemas';

/** The request MIME types Microsoft's validator lists as supported (L-SVR `MimeTypeNotSupported`). */
export const SUPPORTED_REQUEST_MIME_TYPES = ['application/json', 'text/plain', 'multipart/form-data', 'application/x-www-form-urlencoded'] as const;

export const MULTIPART = 'multipart/form-data';
export const FORM_URLENCODED = 'application/x-www-form-urlencoded';

const TOKEN = "[A-Za-z0-9!#$%&'^_`|~.+-]+";
/** `type/subtype` with optional `; name=value` parameters; `*` is accepted in the subtype (`application/*+json`). */
const MIME_PATTERN = new RegExp(`^(\\*|${TOKEN})/([A-Za-z0-9!#$%&'^_\`|~.+*-]+)(\\s*;\\s*${TOKEN}\\s*=\\s*(${TOKEN}|"[^"]*"))*\\s*;?$`);

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

export interface OperationParameter {
  /** The parameter after following local `$ref`s. */
  param: Record<string, unknown>;
  /** Where it is written in the operation or path item (the `$ref` object's location for a reference). */
  path: JsonPath;
}

export interface OperationMedia {
  /** `['paths', <path>, <method>]`. */
  path: JsonPath;
  operation: Record<string, unknown>;
  /** The `consumes` that applies: the operation's own, else the root's (undefined when neither has one). */
  consumes: unknown;
  /** Where that `consumes` is written, or undefined when there is none. */
  consumesPath?: JsonPath;
  /** Path-item and operation parameters (the operation's win on the same name and location). */
  parameters: OperationParameter[];
}

function follow(doc: unknown, value: unknown): unknown {
  let node = value;
  for (let hops = 0; hops < 8 && isObject(node) && typeof node.$ref === 'string'; hops++) node = resolveLocalRef(doc, node.$ref);
  return node;
}

function paramKey(p: Record<string, unknown>): string {
  return `${String(p.in)}\u0000${String(p.name)}`;
}

/** Every operation of a Swagger 2.0 document as written, with its effective `consumes` and its parameters. */
export function operationsWithMedia(doc: unknown): OperationMedia[] {
  const result: OperationMedia[] = [];
  if (!isObject(doc) || !isObject(doc.paths)) return result;
  for (const [p, item] of Object.entries(doc.paths)) {
    if (!isObject(item)) continue;
    const shared: OperationParameter[] = [];
    if (Array.isArray(item.parameters)) {
      item.parameters.forEach((raw, i) => {
        const param = follow(doc, raw);
        if (isObject(param)) shared.push({ param, path: ['paths', p, 'parameters', i] });
      });
    }
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const own: OperationParameter[] = [];
      if (Array.isArray(operation.parameters)) {
        operation.parameters.forEach((raw, i) => {
          const param = follow(doc, raw);
          if (isObject(param)) own.push({ param, path: ['paths', p, method, 'parameters', i] });
        });
      }
      const ownKeys = new Set(own.map((o) => paramKey(o.param)));
      const parameters = [...shared.filter((s) => !ownKeys.has(paramKey(s.param))), ...own];
      const hasOwn = 'consumes' in operation;
      const hasRoot = 'consumes' in doc;
      result.push({
        path: ['paths', p, method],
        operation,
        consumes: hasOwn ? operation.consumes : doc.consumes,
        consumesPath: hasOwn ? ['paths', p, method, 'consumes'] : hasRoot ? ['consumes'] : undefined,
        parameters,
      });
    }
  }
  return result;
}

/** True for a formData parameter carrying binary content: `type: file`, or `type: string` with `format: binary`. */
export function isBinaryParameter(param: Record<string, unknown>): boolean {
  return param.type === 'file' || (param.type === 'string' && param.format === 'binary');
}
