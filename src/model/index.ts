/**
 * The connector model: everything the rules, the diff and autofix need to know about one Swagger document,
 * computed once per parsed document object (Spectral hands every rule the same object) and kept in a WeakMap
 * so the document can be garbage-collected after the run.
 */
import { collectDynamicUses } from './dynamic';
import { collectExtensions } from './extensions';
import { buildOperations } from './operations';
import { looksLikeMsExtension } from './extensions';
import { perDocument } from './memo';
import { schemaVisits } from './schemas';
import type { ConnectorModel, OperationModel, SchemaVisit } from './types';

export * from './types';
export { perDocument } from './memo';
export { followRef, followToObject, nodeAt, pathKey, refToPath } from './refs';
export type { Resolved } from './refs';
export { isHiddenAt, isInternal, VISIBILITY_KEY } from './visibility';
export { operationRootVisits, schemaRoots, schemaVisits, childSchemas } from './schemas';
export type { SchemaChild, SchemaRoot } from './schemas';
export { parameterKey } from './parameters';
export { responseCodes } from './responses';
export { isTrigger, marksNotificationUrl, NOTIFICATION_CONTENT, NOTIFICATION_URL, operationLabel } from './operations';
export { calledOperationId, DYNAMIC_KINDS, isDynamicKind } from './dynamic';
export { EXTENSION_KEY_PATTERN, isExtensionKeyName, looksLikeMsExtension } from './extensions';

function build(document: unknown): ConnectorModel {
  let operations: OperationModel[] = [];
  let extensions: ConnectorModel['extensions'] = [];
  try {
    operations = buildOperations(document);
  } catch {
    // Plain JSON cannot make the builder fail; an exotic object (a throwing getter) yields an empty model.
  }
  try {
    extensions = collectExtensions(document);
  } catch {
    extensions = [];
  }
  const operationsById = new Map<string, OperationModel[]>();
  for (const op of operations) {
    if (op.operationId === undefined) continue;
    const list = operationsById.get(op.operationId);
    if (list) list.push(op);
    else operationsById.set(op.operationId, [op]);
  }
  return { document, operations, operationsById, extensions, dynamicUses: collectDynamicUses(extensions, operations) };
}

/** The model of a document, built once per document object. Never throws on any input. */
export const connectorModel: (document: unknown) => ConnectorModel = perDocument(build);

/** The `x-ms-*`-looking extension keys of the document (any case, `x_ms` too), once per document. */
export const msExtensions: (document: unknown) => readonly ConnectorModel['extensions'][number][] = perDocument(
  (document) => connectorModel(document).extensions.filter((e) => looksLikeMsExtension(e.key)),
);

/** Every schema object where it is written (body, response, notification and definition schemas), once per document. */
export const writtenSchemas: (document: unknown) => readonly SchemaVisit[] = perDocument((document) =>
  schemaVisits(connectorModel(document), 'written').filter((v) => v.role !== 'parameter'),
);
