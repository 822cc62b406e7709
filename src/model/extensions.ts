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
    for (const key of Object.keys(node)) {
      if (isExtensionKeyName(key)) found.push({ key, value: node[key], path: [...path, key], location });
    }
  };
  /** Whether a child is worth a path: most keywords are absent, and their paths were most of the walk's garbage. */
  const unseen = (node: unknown): boolean => isObject(node) && !seen.has(node);
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
    const properties = node.properties;
    if (isObject(properties)) {
      for (const name of Object.keys(properties)) {
        const child = properties[name];
        if (unseen(child)) schema(child, [...path, 'properties', name]);
      }
    }
    const itemList = node.items;
    if (Array.isArray(itemList)) itemList.forEach((child, i) => unseen(child) && schema(child, [...path, 'items', i]));
    else if (unseen(itemList)) schema(itemList, [...path, 'items']);
    if (unseen(node.additionalProperties)) schema(node.additionalProperties, [...path, 'additionalProperties']);
    if (unseen(node.not)) schema(node.not, [...path, 'not']);
    for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
      const list = node[key];
      if (Array.isArray(list)) list.forEach((child, i) => unseen(child) && schema(child, [...path, key, i]));
    }
    if (unseen(node.xml)) {
      const xmlPath = [...path, 'xml'];
      if (enter(node.xml, xmlPath)) collect(node.xml, xmlPath, 'xml');
    }
    if (unseen(node.externalDocs)) externalDocs(node.externalDocs, [...path, 'externalDocs']);
  };

  const items = (node: unknown, path: JsonPath): void => {
    if (!enter(node, path)) return;
    collect(node, path, 'items');
    if (unseen(node.items)) items(node.items, [...path, 'items']);
  };

  const parameter = (node: unknown, path: JsonPath): void => {
    if (!enter(node, path)) return;
    const location = parameterLocation(node);
    collect(node, path, location);
    if (location === 'bodyParameter') {
      if (unseen(node.schema)) schema(node.schema, [...path, 'schema']);
    } else if (unseen(node.items)) items(node.items, [...path, 'items']);
  };
  const parameterList = (list: unknown, path: JsonPath): void => {
    if (Array.isArray(list)) list.forEach((p, i) => unseen(p) && parameter(p, [...path, i]));
  };

  const response = (node: unknown, path: JsonPath): void => {
    if (!enter(node, path)) return;
    collect(node, path, 'response');
    if (unseen(node.schema)) schema(node.schema, [...path, 'schema']);
    if (isObject(node.headers)) {
      for (const [name, header] of Object.entries(node.headers)) {
        const headerPath = [...path, 'headers', name];
        if (!enter(header, headerPath)) continue;
        collect(header, headerPath, 'header');
        if (unseen(header.items)) items(header.items, [...headerPath, 'items']);
      }
    }
  };

  const operation = (node: unknown, path: JsonPath): void => {
    if (!enter(node, path)) return;
    collect(node, path, 'operation');
    if (Array.isArray(node.parameters)) parameterList(node.parameters, [...path, 'parameters']);
    if (unseen(node.externalDocs)) externalDocs(node.externalDocs, [...path, 'externalDocs']);
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
    if (Array.isArray(node.parameters)) parameterList(node.parameters, [...path, 'parameters']);
    const notification = node['x-ms-notification-content'];
    if (isObject(notification)) schema(notification.schema, [...path, 'x-ms-notification-content', 'schema']);
    for (const method of HTTP_METHODS) if (unseen(node[method])) operation(node[method], [...path, method]);
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
