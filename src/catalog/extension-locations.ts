/** Where Swagger 2.0 objects can carry extensions, as the extension rules name and group them. */
import type { ExtensionLocation } from '../model/types';

export type { ExtensionLocation } from '../model/types';

/**
 * Locations whose `x-ms-*` keys other rules already report (ppc-root-no-unknown-extensions for the document
 * root, ppc-contact-no-extra-keys for info.contact); the unknown and misplaced key rules skip them.
 */
export const LOCATIONS_CHECKED_ELSEWHERE: readonly ExtensionLocation[] = ['root', 'contact'];

/** Non-body parameter locations. */
export const NON_BODY_PARAMETER_LOCATIONS: readonly ExtensionLocation[] = [
  'pathParameter',
  'queryParameter',
  'headerParameter',
  'formDataParameter',
];

export const PARAMETER_LOCATIONS: readonly ExtensionLocation[] = [...NON_BODY_PARAMETER_LOCATIONS, 'bodyParameter'];

/** How a location reads in a message ("on a query parameter"). */
export const LOCATION_LABEL: Record<ExtensionLocation, string> = {
  root: 'at the document root',
  info: 'in info',
  contact: 'in info.contact',
  license: 'in info.license',
  externalDocs: 'in externalDocs',
  tag: 'on a tag',
  securityDefinition: 'on a security definition',
  paths: 'on the paths object',
  pathItem: 'on a path item',
  operation: 'on an operation',
  bodyParameter: 'on a body parameter',
  pathParameter: 'on a path parameter',
  queryParameter: 'on a query parameter',
  headerParameter: 'on a header parameter',
  formDataParameter: 'on a formData parameter',
  parameter: 'on a parameter',
  items: 'on the items of a non-body parameter or header',
  responses: 'on a responses object',
  response: 'on a response',
  header: 'on a response header',
  schema: 'on a schema',
  xml: 'in a schema xml object',
};
