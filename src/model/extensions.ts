/**
 * Every extension key of a Swagger 2.0 document as written (`$ref`s are not followed), with the kind of object it
 * sits on. Follows only the Swagger structure: extension values, examples, defaults and enum values are data, and
 * the names in `properties`, `definitions`, `parameters`, ... are names, so neither is searched. Cycle-safe.
 */
import { isObject } from '../utils/guards';
import { HTTP_METHODS } from '../utils/http';
import { linkedPath, type PathLink } from '../utils/path-links';
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

const COMBINERS = ['allOf', 'anyOf', 'oneOf'] as const;

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

/** A place in the walk, linked to its parent's (no path copy per node), and its path's length for the depth cap. */
interface Place extends PathLink {
  length: number;
}

const ROOT: Place = { key: '', parent: undefined, length: 0 };

const under = (at: Place, key: string | number): Place => ({ key, parent: at, length: at.length + 1 });

function walkDocument(doc: Record<string, unknown>, found: ExtensionOccurrence[]): void {
  const seen = new Set<object>();
  const collect = (node: Record<string, unknown>, at: Place, location: ExtensionLocation): void => {
    for (const key of Object.keys(node)) {
      if (isExtensionKeyName(key)) found.push({ key, value: node[key], path: linkedPath(at, key), location });
    }
  };
  /** Whether a child is worth a place: most keywords are absent. */
  const unseen = (node: unknown): boolean => isObject(node) && !seen.has(node);
  /** Visit a node once; false when it is not an object, already seen or too deep. */
  const enter = (node: unknown, at: Place): node is Record<string, unknown> => {
    if (!isObject(node) || seen.has(node) || at.length > MAX_DEPTH) return false;
    seen.add(node);
    return true;
  };

  const externalDocs = (node: unknown, at: Place): void => {
    if (enter(node, at)) collect(node, at, 'externalDocs');
  };

  const schemaList = (list: unknown, parent: Place, key: string): void => {
    if (!Array.isArray(list)) return;
    const listAt = under(parent, key);
    list.forEach((child, i) => unseen(child) && schema(child, under(listAt, i)));
  };

  const schema = (node: unknown, at: Place): void => {
    if (!enter(node, at)) return;
    collect(node, at, 'schema');
    const properties = node.properties;
    if (isObject(properties)) {
      const propertiesAt = under(at, 'properties');
      for (const name of Object.keys(properties)) {
        const child = properties[name];
        if (unseen(child)) schema(child, under(propertiesAt, name));
      }
    }
    const itemList = node.items;
    if (Array.isArray(itemList)) schemaList(itemList, at, 'items');
    else if (unseen(itemList)) schema(itemList, under(at, 'items'));
    if (unseen(node.additionalProperties)) schema(node.additionalProperties, under(at, 'additionalProperties'));
    if (unseen(node.not)) schema(node.not, under(at, 'not'));
    for (const key of COMBINERS) schemaList(node[key], at, key);
    if (unseen(node.xml)) {
      const xmlAt = under(at, 'xml');
      if (enter(node.xml, xmlAt)) collect(node.xml, xmlAt, 'xml');
    }
    if (unseen(node.externalDocs)) externalDocs(node.externalDocs, under(at, 'externalDocs'));
  };

  const items = (node: unknown, at: Place): void => {
    if (!enter(node, at)) return;
    collect(node, at, 'items');
    if (unseen(node.items)) items(node.items, under(at, 'items'));
  };

  const parameter = (node: unknown, at: Place): void => {
    if (!enter(node, at)) return;
    const location = parameterLocation(node);
    collect(node, at, location);
    if (location === 'bodyParameter') {
      if (unseen(node.schema)) schema(node.schema, under(at, 'schema'));
    } else if (unseen(node.items)) items(node.items, under(at, 'items'));
  };
  const parameterList = (list: unknown, at: Place): void => {
    if (Array.isArray(list)) list.forEach((p, i) => unseen(p) && parameter(p, under(at, i)));
  };

  const response = (node: unknown, at: Place): void => {
    if (!enter(node, at)) return;
    collect(node, at, 'response');
    if (unseen(node.schema)) schema(node.schema, under(at, 'schema'));
    if (isObject(node.headers)) {
      const headersAt = under(at, 'headers');
      for (const name of Object.keys(node.headers)) {
        const header = node.headers[name];
        const headerAt = under(headersAt, name);
        if (!enter(header, headerAt)) continue;
        collect(header, headerAt, 'header');
        if (unseen(header.items)) items(header.items, under(headerAt, 'items'));
      }
    }
  };

  const operation = (node: unknown, at: Place): void => {
    if (!enter(node, at)) return;
    collect(node, at, 'operation');
    if (Array.isArray(node.parameters)) parameterList(node.parameters, under(at, 'parameters'));
    if (unseen(node.externalDocs)) externalDocs(node.externalDocs, under(at, 'externalDocs'));
    const responses = node.responses;
    const responsesAt = under(at, 'responses');
    if (enter(responses, responsesAt)) {
      collect(responses, responsesAt, 'responses');
      for (const code of Object.keys(responses)) {
        if (!/^x-/i.test(code)) response(responses[code], under(responsesAt, code));
      }
    }
  };

  const pathItem = (node: unknown, at: Place): void => {
    if (!enter(node, at)) return;
    collect(node, at, 'pathItem');
    if (Array.isArray(node.parameters)) parameterList(node.parameters, under(at, 'parameters'));
    const notification = node['x-ms-notification-content'];
    if (isObject(notification)) schema(notification.schema, under(under(at, 'x-ms-notification-content'), 'schema'));
    for (const method of HTTP_METHODS) if (unseen(node[method])) operation(node[method], under(at, method));
  };

  /** A map of named objects under the root (`parameters`, `responses`, ...), each visited by `visit`. */
  const namedUnderRoot = (map: unknown, key: string, visit: (node: unknown, at: Place) => void): void => {
    if (!isObject(map)) return;
    const mapAt = under(ROOT, key);
    for (const name of Object.keys(map)) visit(map[name], under(mapAt, name));
  };

  seen.add(doc);
  collect(doc, ROOT, 'root');
  const info = doc.info;
  const infoAt = under(ROOT, 'info');
  if (enter(info, infoAt)) {
    collect(info, infoAt, 'info');
    const contactAt = under(infoAt, 'contact');
    if (enter(info.contact, contactAt)) collect(info.contact, contactAt, 'contact');
    const licenseAt = under(infoAt, 'license');
    if (enter(info.license, licenseAt)) collect(info.license, licenseAt, 'license');
  }
  externalDocs(doc.externalDocs, under(ROOT, 'externalDocs'));
  if (Array.isArray(doc.tags)) {
    const tagsAt = under(ROOT, 'tags');
    doc.tags.forEach((tag, i) => {
      const tagAt = under(tagsAt, i);
      if (!enter(tag, tagAt)) return;
      collect(tag, tagAt, 'tag');
      externalDocs(tag.externalDocs, under(tagAt, 'externalDocs'));
    });
  }
  namedUnderRoot(doc.securityDefinitions, 'securityDefinitions', (def, at) => {
    if (enter(def, at)) collect(def, at, 'securityDefinition');
  });
  const paths = doc.paths;
  const pathsAt = under(ROOT, 'paths');
  if (enter(paths, pathsAt)) {
    collect(paths, pathsAt, 'paths');
    for (const key of Object.keys(paths)) {
      if (!/^x-/i.test(key)) pathItem(paths[key], under(pathsAt, key));
    }
  }
  namedUnderRoot(doc.parameters, 'parameters', parameter);
  namedUnderRoot(doc.responses, 'responses', response);
  namedUnderRoot(doc.definitions, 'definitions', schema);
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
