import type { Format } from '@stoplight/spectral-core';
import { isObject } from '../utils/guards';

/**
 * Any document that claims to be an API definition (`swagger` or `openapi` key) or is named like a
 * connector definition. Used by the rules that must run before Swagger 2.0 is established, such as
 * `ppc-swagger-version`, which Spectral's `oas2` format would otherwise gate away.
 */
export const connectorDefinition: Format = (document: unknown, source?: string | null): boolean => {
  if (isObject(document) && ('swagger' in document || 'openapi' in document)) return true;
  return typeof source === 'string' && /apidefinition\.swagger\.json$/i.test(source);
};
connectorDefinition.displayName = 'Power Platform connector definition';

/** Keys only an `apiProperties.json` document has under `properties`. */
const API_PROPERTIES_KEYS = [
  'iconBrandColor',
  'connectionParameters',
  'connectionParameterSets',
  'policyTemplateInstances',
  'capabilities',
  'scriptOperations',
  'stackOwner',
];

/**
 * A connector's `apiProperties.json`: named so, or an object whose `properties` holds apiProperties keys
 * (and that is not an API definition).
 */
export const apiProperties: Format = (document: unknown, source?: string | null): boolean => {
  if (typeof source === 'string' && /(^|[\\/])apiproperties\.json$/i.test(source)) return true;
  if (!isObject(document) || 'swagger' in document || 'openapi' in document) return false;
  const properties = document.properties;
  return isObject(properties) && API_PROPERTIES_KEYS.some((key) => Object.hasOwn(properties, key));
};
apiProperties.displayName = 'Power Platform connector apiProperties.json';
