/** The shapes of the connector model (see index.ts for how it is built). */
import type { JsonPath } from '@stoplight/types';

export type TriggerKind = 'none' | 'polling' | 'webhook';

export interface ParameterModel {
  name: string;
  in: string;
  /** Identity: `${in}:${name}`, header names lower-cased (HTTP header names are case-insensitive). */
  key: string;
  /** The resolved parameter object. */
  node: Record<string, unknown>;
  /** Where the parameter object is written (the `$ref` target when used through a `$ref`). */
  jsonPath: JsonPath;
  /** Where it is used: `['paths', p, 'parameters', i]` or `['paths', p, m, 'parameters', i]`. */
  usePath: JsonPath;
  /** Came through a `$ref` (a shared component such as `#/parameters/x`). */
  viaRef: boolean;
  level: 'path' | 'operation';
  required: boolean;
  /** The parameter itself is `x-ms-visibility: internal`. */
  hidden: boolean;
  /** The body parameter's schema as written (a `{ $ref }` is not followed; see followRef). */
  schema?: Record<string, unknown>;
}

export interface ResponseModel {
  /** '200', 'default'. */
  code: string;
  /** The resolved response object. */
  node: Record<string, unknown>;
  /** Where the response object is written (the `$ref` target when used through a `$ref`). */
  jsonPath: JsonPath;
  /** `['paths', p, m, 'responses', code]`. */
  usePath: JsonPath;
  viaRef: boolean;
  /** The schema as written (may be a `{ $ref }`). */
  schema?: Record<string, unknown>;
}

export interface OperationModel {
  /** The path key, `/tasks/{id}`. */
  path: string;
  /** The method key, `get`. */
  method: string;
  operationId?: string;
  /** How every message names the operation: `GetTask (GET /tasks/{id})`, or `GET /tasks/{id}` without an id. */
  label: string;
  /** `['paths', path, method]`. */
  jsonPath: JsonPath;
  node: Record<string, unknown>;
  pathItem: Record<string, unknown>;
  /** Effective parameters: the path-level ones the operation does not override (same key), then its own. */
  parameters: ParameterModel[];
  /** The `in: body` parameter. */
  body?: ParameterModel;
  formData: ParameterModel[];
  /** Operation-level, else root-level. */
  consumes: string[];
  produces: string[];
  /** `x-ms-visibility: internal` on the operation. */
  hidden: boolean;
  deprecated: boolean;
  trigger: TriggerKind;
  /** `x-ms-pageable` present. */
  pageable: boolean;
  /** Status codes in document order (extension keys left out), `$ref`s followed. */
  responses: ResponseModel[];
}

/** A key that starts with `x-` (any case) or looks like a Microsoft extension (`x_ms_…`), where it is written. */
export interface ExtensionOccurrence {
  key: string;
  value: unknown;
  /** Path to the key itself (the last segment is the key). */
  path: JsonPath;
  /** The kind of Swagger object the key sits on. */
  location: ExtensionLocation;
}

/**
 * The kind of Swagger 2.0 object a key sits on. Parameters are split by `in`; `parameter` is a parameter whose
 * `in` is unknown or a `$ref` with siblings. `items` is the `items` object of a non-body parameter or a response
 * header (not a schema).
 */
export type ExtensionLocation =
  | 'root'
  | 'info'
  | 'contact'
  | 'license'
  | 'externalDocs'
  | 'tag'
  | 'securityDefinition'
  | 'paths'
  | 'pathItem'
  | 'operation'
  | 'bodyParameter'
  | 'pathParameter'
  | 'queryParameter'
  | 'headerParameter'
  | 'formDataParameter'
  | 'parameter'
  | 'items'
  | 'responses'
  | 'response'
  | 'header'
  | 'schema'
  | 'xml';

export type DynamicKind =
  'x-ms-dynamic-values' | 'x-ms-dynamic-schema' | 'x-ms-dynamic-properties' | 'x-ms-dynamic-list' | 'x-ms-dynamic-tree';

export interface DynamicUse {
  kind: DynamicKind;
  value: unknown;
  /** Path to the extension key. */
  path: JsonPath;
  /** The operation it calls, when it names one (`x-ms-dynamic-tree`: the `open` operation). */
  operationId?: string;
  /** The operation it sits in, when it is written inside one. */
  operation?: OperationModel;
}

export interface ConnectorModel {
  document: unknown;
  /** Document order. */
  operations: OperationModel[];
  /** operationId → the operations that use it (more than one when ids repeat). */
  operationsById: ReadonlyMap<string, OperationModel[]>;
  /** Every extension key, with its path. */
  extensions: ExtensionOccurrence[];
  dynamicUses: DynamicUse[];
}

export type SchemaRole = 'request-body' | 'response' | 'definition' | 'parameter';

export interface SchemaVisit {
  schema: Record<string, unknown>;
  /** Where this schema object is written. */
  path: JsonPath;
  /** Where it is used: differs from `path` when a `$ref` written there led to it. */
  usePath: JsonPath;
  /** Where the walk started: the body, response or notification `schema`, the parameter `items`, the definition. */
  rootPath: JsonPath;
  role: SchemaRole;
  /** It, its operation, its parameter/response, or a schema ancestor is `x-ms-visibility: internal`. */
  hidden: boolean;
  /** Reached through a `$ref` (expanded walk only). */
  viaRef: boolean;
  operation?: OperationModel;
  /** Schema nesting below the root (0 for the root; `$ref` hops do not count). */
  depth: number;
  /** The property name when this schema is a `properties` member. */
  propertyName?: string;
  /** The schema that holds this one (as a property, items, allOf member, ...). */
  parent?: Record<string, unknown>;
  /** The visit of that schema in the same walk: follow it up to the root for the whole chain. */
  parentVisit?: SchemaVisit;
}
