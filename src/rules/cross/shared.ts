/** What the cross-file rules read from a connector: operation ids, apiProperties, security definitions. */
import type { Connector } from '../../connector/load';
import { isObject } from '../../utils/guards';
import { connectorModel } from '../../model';

/** The operationIds of the connector definition, or undefined when there is no parsed definition. */
export function operationIds(connector: Connector): Set<string> | undefined {
  const doc = connector.swagger?.document?.data;
  if (!isObject(doc) || !isObject(doc.paths)) return undefined;
  return new Set(connectorModel(doc).operationsById.keys());
}

/** The `properties` object of apiProperties.json. */
export function propertiesOf(connector: Connector): Record<string, unknown> | undefined {
  const doc = connector.apiProperties?.document?.data;
  return isObject(doc) && isObject(doc.properties) ? doc.properties : undefined;
}

/** Every connection parameter (single set and multi-auth sets), by name. */
export function connectionParameters(properties: Record<string, unknown>): Array<[string, Record<string, unknown>]> {
  const found: Array<[string, Record<string, unknown>]> = [];
  const add = (map: unknown) => {
    if (isObject(map)) for (const [name, p] of Object.entries(map)) if (isObject(p)) found.push([name, p]);
  };
  add(properties.connectionParameters);
  const sets = isObject(properties.connectionParameterSets) ? properties.connectionParameterSets.values : undefined;
  if (Array.isArray(sets)) for (const set of sets) if (isObject(set)) add(set.parameters);
  return found;
}

/** A short "did you mean" for an unknown operationId (same letters ignoring case). */
export function closest(id: string, ids: Set<string>): string {
  const lower = id.toLowerCase();
  const near = [...ids].find((k) => k.toLowerCase() === lower);
  return near ? ` (did you mean "${near}"?)` : '';
}
