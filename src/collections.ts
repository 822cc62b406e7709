/**
 * Shared JSONPath collections for `given` (Swagger 2.0 only). Exported so users can build their own rules
 * on the same locations. Spectral evaluates every rule's `given` in one shared traversal, so a recursive `..`
 * descent costs little (bench/given-vs-model.mjs); a rule that needs `$ref`s followed or visibility uses the model.
 */

/** Every operation: `$OPS` of the requirements catalog. */
export const OPERATIONS = '$.paths[*][get,put,post,delete,patch,head,options]';

/** Every parameter object: operation-level, path-level and the shared root parameters. */
export const PARAMETERS = [`${OPERATIONS}.parameters[*]`, '$.paths[*].parameters[*]', '$.parameters[*]'];

/** Every response object of every operation, and the shared root responses. */
export const RESPONSES = [`${OPERATIONS}.responses[*]`, '$.responses[*]'];

/** The `paths` object, for rules about path keys. */
export const PATHS = '$.paths';

export const INFO = '$.info';
export const ROOT = '$';

/** Every definition under the root `definitions`. */
export const DEFINITIONS = '$.definitions[*]';

/** The webhook notification content of each path item. */
export const NOTIFICATION_CONTENTS = "$.paths[*]['x-ms-notification-content']";

/**
 * Every object that holds schemas where they are written: parameters (a body `schema`, a non-body parameter and
 * its `items`), responses, webhook notification content and definitions. Schema rules report each finding at
 * the holder that contains it.
 */
export const SCHEMAS = [...PARAMETERS, ...RESPONSES, NOTIFICATION_CONTENTS, DEFINITIONS];

/**
 * The value of an extension key wherever it is written. A rule given this reports only the keys its function
 * recognises (on parameters and schemas, say); a property that happens to bear the name is not one.
 */
export function extensionKey(key: string): string {
  return `$..['${key}']`;
}

/** The root and the operation-level `security` requirement lists. */
export const SECURITY_REQUIREMENTS = ['$.security', `${OPERATIONS}.security`];

export const SECURITY_DEFINITIONS = '$.securityDefinitions';
