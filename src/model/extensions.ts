/**
 * Every extension key of a Swagger 2.0 document as written (`$ref`s are not followed), with the kind of object it
 * sits on. Follows only the Swagger structure: extension values, examples, defaults and enum values are data, and
 * the names in `properties`, `definitions`, `parameters`, ... are names, so neither is searched. Cycle-safe.
 */
import type { JsonPath } from '@stoplight/types';
import { isObject } from '../utils/guards';
import { HTTP_METHODS } from '../utils/http';
import type { ExtensionLocation, ExtensionOccurrence } from './types';

/**
 * Keys that look like Microsoft extensions: `x-ms` (any case, `-` or `_` after the `x`) followed by a
 * non-alphanumeric character or the end, so `x-ms-summary`, `X-MS-Summary`, `x-ms  -summary` and
 * `x_ms_visibility` all count, `x-msft-id` does not.
 */
export const EXTENSION_KEY_PATTERN = /^x[-_]ms(?![a-z0-9])/i;

export function looksLikeMsExtension(key: string): boolean {
  return EXTENSION_KEY_PATTERN.test(key);
}

/** An extension key: `x-` in any case, or a Microsoft-looking `x_ms…` spelling. */
export function isExtensionKeyName(key: string): boolean {
  return /^x-/i.test(key) || looksLikeMsExtension(key);
}

const MAX_DEPTH = 256;

/** Every extension key of the document, in walk order. Never throws. */
export function collectExtensions(doc: unknown): ExtensionOccurrence[] {
  const found: ExtensionOccurrence[] = [];
  if (!isObject(doc)) return found;
  try {
    walkDocument(doc, found);
  } catch {
    // A walk over plain JSON cannot fail; keep what was found if something exotic (a getter) throws.
  }
  return found;
}

function walkDocument(doc: Record<string, unknown>, found: ExtensionOccurrence[]): void {
  const seen = new Set<object>();
  const collect = (node: Record<string, unknown>, path: JsonPath, location: ExtensionLocation): void => {
    for (const [key, value] of Object.entries(node)) {
      if (isExtensionKeyName(key)) found.push({ key, value, path: [...path, key], location });
    }
  };
  /** Visit a node once; false when it is not an object, already seen or too deep. */
  const enter = (node: unknown, path: JsonPath): node is Record<string, unknown> => {
    if (!isObject(node) || seen.has(node) || path.length > MAX_DEPTH) return false;
    seen.add(node);
    return true;
  };

  const externalDocs = (node: unknown, path: JsonPath): void => {
    if (enter(node, path)) collect(node, path, 'externalDocs');
  };

  const schema = (node: unknown, path: JsonPath): void => {
    if (!enter(node, path)) return;
    collect(node, path, 'schema');
    if (isObject(node.properties)) {
      for (const [name, child] of Object.entries(node.properties)) schema(child, [...path, 'properties', name]);
    }
    if (Array.isArray(node.items)) node.items.forEach((child, i) => schema(child, [...path, 'items', i]));
    else schema(node.items, [...path, 'items']);
    schema(node.additionalProperties, [...path, 'additionalProperties']);
    schema(node.not, [...path, 'not']);
    for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
      const list = node[key];
      if (Array.isArray(list)) list.forEach((child, i) => schema(child, [...path, key, i]));
    }
    if (enter(node.xml, [...path, 'xml'])) collect(node.xml, [...path, 'xml'], 'xml');
    externalDocs(node.externalDocs, [...path, 'externalDocs']);
  };

  const items = (node: unknown, path: JsonPath): void => {
    if (!enter(node, path)) return;
    collect(node, path, 'items');
    items(node.items, [...path, 'items']);
  };

  const parameter = (node: unknown, path: JsonPath): void => {
    if (!enter(node, path)) return;
    const location = parameterLocation(node);
    collect(node, path, location);
    if (location === 'bodyParameter') schema(node.schema, [...path, 'schema']);
    else items(node.items, [...path, 'items']);
  };
  const parameterList = (list: unknown, path: JsonPath): void => {
    if (Array.isArray(list)) list.forEach((p, i) => parameter(p, [...path, i]));
  };

  const response = (node: unknown, path: JsonPath): void => {
    if (!enter(node, path)) return;
    collect(node, path, 'response');
    schema(node.schema, [...path, 'schema']);
    if (isObject(node.headers)) {
      for (const [name, header] of Object.entries(node.headers)) {
        const headerPath = [...path, 'headers', name];
        if (!enter(header, headerPath)) continue;
        collect(header, headerPath, 'header');
        items(header.items, [...headerPath, 'items']);
      }
    }
  };

  const operation = (node: unknown, path: JsonPath): void => {
    if (!enter(node, path)) return;
    collect(node, path, 'operation');
    parameterList(node.parameters, [...path, 'parameters']);
    externalDocs(node.externalDocs, [...path, 'externalDocs']);
    const responses = node.responses;
    if (enter(responses, [...path, 'responses'])) {
      collect(responses, [...path, 'responses'], 'responses');
      for (const [code, r] of Object.entries(responses)) {
        if (!/^x-/i.test(code)) response(r, [...path, 'responses', code]);
      }
    }
  };

  const pathItem = (node: unknown, path: JsonPath): void => {
    if (!enter(node, path)) return;
    collect(node, path, 'pathItem');
    parameterList(node.parameters, [...path, 'parameters']);
    const notification = node['x-ms-notification-content'];
    if (isObject(notification)) schema(notification.schema, [...path, 'x-ms-notification-content', 'schema']);
    for (const method of HTTP_METHODS) operation(node[method], [...path, method]);
  };

  seen.add(doc);
  collect(doc, [], 'root');
  const info = doc.info;
  if (enter(info, ['info'])) {
    collect(info, ['info'], 'info');
    if (enter(info.contact, ['info', 'contact'])) collect(info.contact, ['info', 'contact'], 'contact');
    if (enter(info.license, ['info', 'license'])) collect(info.license, ['info', 'license'], 'license');
  }
  externalDocs(doc.externalDocs, ['externalDocs']);
  if (Array.isArray(doc.tags)) {
    doc.tags.forEach((tag, i) => {
      if (!enter(tag, ['tags', i])) return;
      collect(tag, ['tags', i], 'tag');
      externalDocs(tag.externalDocs, ['tags', i, 'externalDocs']);
    });
  }
  if (isObject(doc.securityDefinitions)) {
    for (const [name, def] of Object.entries(doc.securityDefinitions)) {
      if (enter(def, ['securityDefinitions', name])) collect(def, ['securityDefinitions', name], 'securityDefinition');
    }
  }
  const paths = doc.paths;
  if (enter(paths, ['paths'])) {
    collect(paths, ['paths'], 'paths');
    for (const [key, item] of Object.entries(paths)) {
      if (!/^x-/i.test(key)) pathItem(item, ['paths', key]);
    }
  }
  if (isObject(doc.parameters)) {
    for (const [name, p] of Object.entries(doc.parameters)) parameter(p, ['parameters', name]);
  }
  if (isObject(doc.responses)) {
    for (const [name, r] of Object.entries(doc.responses)) response(r, ['responses', name]);
  }
  if (isObject(doc.definitions)) {
    for (const [name, s] of Object.entries(doc.definitions)) schema(s, ['definitions', name]);
  }
}

function parameterLocation(node: Record<string, unknown>): ExtensionLocation {
  switch (node.in) {
    case 'body':
      return 'bodyParameter';
    case 'path':
      return 'pathParameter';
    case 'query':
      return 'queryParameter';
    case 'header':
      return 'headerParameter';
    case 'formData':
      return 'formDataParameter';
    default:
      return 'parameter';
  }
}
