/**
 * The allow-list of `x-ms-*` extensions (requirements.md §9 and §18): every key Power Platform knows or that
 * merged connectors use, where it may appear, and the shape of its value. The extension rules read this
 * table; nothing else in the package lists extension keys.
 *
 * "where" follows the repository schema `schemas/apiDefinition.swagger.schema.json` (R-SCH-API), widened
 * only where the catalog or every merged connector says so (noted per entry). Keys the schema does not know
 * but merged connectors use (the Copilot keys) are `observed`; AutoRest keys the schema accepts but the
 * platform ignores are `autorest`.
 */
import { NON_BODY_PARAMETER_LOCATIONS, PARAMETER_LOCATIONS, type ExtensionLocation } from './extension-locations';
import type { ValueSpec } from '../utils/extensions-value';

export type ExtensionStatus =
  /** Documented (L-EXT) or in the repository schema, and used by the platform. */
  | 'supported'
  /** Not in the repository schema and not documented, but used by merged connectors. */
  | 'observed'
  /** An AutoRest key the repository schema accepts and Power Platform ignores. */
  | 'autorest';

export interface KnownExtension {
  key: string;
  /** Kinds of object the key may sit on. */
  where: readonly ExtensionLocation[];
  /** The value's shape wherever the key is allowed, unless `valueAt` gives one for that location. */
  value: ValueSpec;
  /**
   * The shape the platform accepts in practice where a Microsoft page is more permissive than the schema
   * (e.g. L-VER's capitalised and empty `x-ms-visibility`). Rules that check `lenient` leave the rest to
   * warning-level rules.
   */
  lenient?: ValueSpec;
  /** Location-specific shapes (root vs operation `x-ms-capabilities`, info vs operation `x-ms-api-annotation`). */
  valueAt?: Partial<Record<ExtensionLocation, ValueSpec>>;
  status: ExtensionStatus;
  /** Catalog level of the row (E/W/I). */
  level: 'E' | 'W' | 'I';
  sources: readonly string[];
  /** Where to move the key, when the plain list of `where` would mislead (used in messages). */
  belongs?: string;
  /** Misplacements another rule already reports (location → rule id); ppc-x-ms-misplaced skips them. */
  misplacedReportedBy?: Partial<Record<ExtensionLocation, string>>;
  /** Rules that check the value of this key (the extension rules check the rest). */
  checkedBy?: readonly string[];
  note?: string;
}

const STRING: ValueSpec = { type: 'string' };
const BOOLEAN: ValueSpec = { type: 'boolean' };
const ANY: ValueSpec = { type: 'any' };
const OBJECT: ValueSpec = { type: 'object' };
const OPERATION_ID_CALL: ValueSpec = {
  type: 'object',
  required: ['operationId'],
  additionalProperties: false,
  properties: { operationId: STRING, parameters: OBJECT },
};
const API_STATUS: ValueSpec = { type: 'string', enum: ['Preview', 'Production'] };

/** Schema-like objects: every kind of schema node. */
const SCHEMA: readonly ExtensionLocation[] = ['schema'];
const NON_BODY = NON_BODY_PARAMETER_LOCATIONS;
const ALL_PARAMS = PARAMETER_LOCATIONS;

export const KNOWN_EXTENSIONS: readonly KnownExtension[] = [
  {
    key: 'x-ms-summary',
    where: ['operation', ...ALL_PARAMS, ...SCHEMA, 'response', 'header'],
    value: STRING,
    status: 'supported',
    level: 'E',
    sources: ['L-EXT', 'L-STR', 'R-SCH-API'],
    checkedBy: ['ppc-x-ms-summary-type'],
    note: 'Display name of the entity; title case, at most 80 characters. Allowed on operations by the schema (undocumented).',
  },
  {
    key: 'x-ms-visibility',
    where: ['operation', ...ALL_PARAMS, ...SCHEMA, 'header'],
    value: { type: 'string', enum: ['important', 'advanced', 'internal'] },
    lenient: {
      type: 'oneOf',
      of: [
        { type: 'string', enum: ['important', 'advanced', 'internal'], ignoreCase: true, tolerate: [''] },
        { type: 'null' },
      ],
    },
    status: 'supported',
    level: 'E',
    sources: ['L-EXT', 'R-SCH-API', 'L-STR', 'L-VER'],
    checkedBy: ['ppc-x-ms-visibility-value'],
    note: 'Absent means "normal". L-VER shows capitalised values and allows "" and null.',
  },
  {
    key: 'x-ms-api-annotation',
    where: ['info', 'operation'],
    value: OBJECT,
    valueAt: {
      info: { type: 'object', additionalProperties: false, properties: { status: API_STATUS } },
      operation: {
        type: 'object',
        additionalProperties: false,
        properties: {
          family: STRING,
          revision: { type: 'integer', minimum: 1 },
          status: API_STATUS,
          replacement: {
            type: 'object',
            additionalProperties: false,
            properties: { api: STRING, operationId: STRING },
          },
          expires: STRING,
        },
      },
    },
    status: 'supported',
    level: 'E',
    sources: ['L-EXT', 'L-VER', 'R-SCH-API'],
    checkedBy: ['ppc-api-annotation-info', 'ppc-annotation-shape'],
    note: 'L-VER also lists `expires` on operations, which the schema lacks.',
  },
  {
    key: 'x-ms-operation-context',
    where: ['operation'],
    value: {
      type: 'object',
      required: ['simulate'],
      additionalProperties: false,
      properties: { simulate: OPERATION_ID_CALL },
    },
    status: 'supported',
    level: 'E',
    sources: ['L-EXT', 'R-SCH-API'],
    checkedBy: ['ppc-operation-context', 'ppc-operation-id-references-exist'],
  },
  {
    key: 'x-ms-capabilities',
    where: ['root', 'operation'],
    value: OBJECT,
    valueAt: {
      root: {
        type: 'object',
        additionalProperties: false,
        properties: {
          testConnection: OPERATION_ID_CALL,
          'file-picker': {
            type: 'object',
            required: ['open'],
            additionalProperties: false,
            properties: {
              open: OPERATION_ID_CALL,
              browse: OPERATION_ID_CALL,
              'value-title': STRING,
              'value-collection': STRING,
              'value-folder-property': STRING,
              'value-media-property': STRING,
            },
          },
        },
      },
      operation: { type: 'object', additionalProperties: false, properties: { chunkTransfer: BOOLEAN } },
    },
    status: 'supported',
    level: 'E',
    sources: ['L-EXT', 'L-TC', 'R-SCH-API'],
    checkedBy: ['ppc-capabilities-root', 'ppc-x-ms-capabilities-operation', 'ppc-test-connection-operation'],
    note: 'testConnection is certified-only: the schema says it is not supported for custom connectors.',
  },
  {
    key: 'x-ms-trigger',
    where: ['operation'],
    value: { type: 'string', enum: ['single', 'batch'] },
    status: 'supported',
    level: 'E',
    sources: ['L-EXT', 'R-SCH-API'],
    checkedBy: ['ppc-trigger-value'],
  },
  {
    key: 'x-ms-trigger-hint',
    where: ['operation'],
    value: STRING,
    status: 'supported',
    level: 'E',
    sources: ['L-EXT', 'R-SCH-API'],
    checkedBy: ['ppc-x-ms-trigger-hint-type', 'ppc-trigger-hint'],
  },
  {
    key: 'x-ms-trigger-metadata',
    where: ['operation'],
    value: {
      type: 'object',
      required: ['kind', 'mode'],
      properties: { kind: { type: 'string', enum: ['query'] }, mode: { type: 'string', enum: ['polling'] } },
    },
    status: 'supported',
    level: 'E',
    sources: ['R-SCH-API'],
    checkedBy: ['ppc-polling-trigger-metadata'],
  },
  {
    key: 'x-ms-trigger-value',
    where: NON_BODY,
    value: { type: 'object', minProperties: 1, properties: { 'value-collection': STRING, 'value-path': STRING } },
    misplacedReportedBy: { bodyParameter: 'ppc-x-ms-trigger-value' },
    status: 'supported',
    level: 'E',
    sources: ['R-SCH-API'],
  },
  {
    key: 'x-ms-notification-content',
    where: ['pathItem'],
    value: { type: 'object', properties: { schema: OBJECT, description: STRING } },
    status: 'supported',
    level: 'E',
    sources: ['L-EXT', 'L-WH', 'R-SCH-API'],
    checkedBy: ['ppc-webhook-notification-content'],
    note: 'L-EXT says "Applies to: Operations"; the schema and all merged uses put it on the path item.',
  },
  {
    key: 'x-ms-notification-url',
    where: SCHEMA,
    value: BOOLEAN,
    status: 'supported',
    level: 'E',
    sources: ['L-EXT', 'L-SVR', 'R-SCH-API'],
    checkedBy: ['ppc-notification-url-in-body', 'ppc-notification-url-string'],
    note: 'Only in input body schemas (the notification URL rules narrow this).',
  },
  {
    key: 'x-ms-notification',
    where: ['operation'],
    value: {
      type: 'object',
      required: ['operationId'],
      additionalProperties: false,
      properties: { operationId: STRING },
    },
    status: 'supported',
    level: 'E',
    sources: ['L-SVR', 'R-SCH-API'],
    checkedBy: ['ppc-x-ms-notification-usage'],
  },
  {
    key: 'x-ms-url-encoding',
    where: ['pathParameter', 'queryParameter'],
    value: { type: 'string', enum: ['single', 'double'] },
    belongs: 'a path parameter (query parameters are always single-encoded)',
    status: 'supported',
    level: 'E',
    sources: ['L-EXT', 'L-SVR', 'R-SCH-API'],
    checkedBy: ['ppc-path-param-encoding', 'ppc-query-param-no-encoding'],
    note: 'The schema allows query parameters; the validator rejects it there (query-param-no-encoding).',
  },
  {
    key: 'x-ms-dynamic-values',
    where: [...ALL_PARAMS, ...SCHEMA],
    value: {
      type: 'object',
      properties: {
        operationId: STRING,
        builtInOperation: { type: 'string', enum: ['AadGraph.GetUsers'] },
        capability: { type: 'string', enum: ['file-picker'] },
        parameters: OBJECT,
        'value-collection': STRING,
        'value-path': STRING,
        'value-title': STRING,
      },
    },
    status: 'supported',
    level: 'E',
    sources: ['L-EXT', 'L-SVR', 'R-SCH-API'],
    checkedBy: ['ppc-dynamic-not-on-body-param'],
    note: 'The schema allows the body parameter object; the validator rejects it there.',
  },
  {
    key: 'x-ms-dynamic-list',
    where: [...ALL_PARAMS, ...SCHEMA],
    value: {
      type: 'object',
      required: ['operationId'],
      properties: {
        operationId: STRING,
        parameters: OBJECT,
        itemsPath: STRING,
        itemTitlePath: STRING,
        itemValuePath: STRING,
      },
    },
    status: 'supported',
    level: 'E',
    sources: ['L-EXT', 'L-SVR', 'R-SCH-API'],
  },
  {
    key: 'x-ms-dynamic-schema',
    where: SCHEMA,
    value: {
      type: 'object',
      required: ['operationId'],
      additionalProperties: false,
      properties: { operationId: STRING, parameters: OBJECT, 'value-path': STRING },
    },
    status: 'supported',
    level: 'E',
    sources: ['L-EXT', 'R-SCH-API'],
    note: 'On the body parameter schema, response schemas and schema properties.',
  },
  {
    key: 'x-ms-dynamic-properties',
    where: SCHEMA,
    value: {
      type: 'object',
      required: ['operationId'],
      additionalProperties: false,
      properties: { operationId: STRING, parameters: OBJECT, itemValuePath: STRING },
    },
    status: 'supported',
    level: 'E',
    sources: ['L-EXT', 'L-SVR', 'R-SCH-API'],
  },
  {
    key: 'x-ms-dynamic-tree',
    where: ['queryParameter', 'pathParameter', ...SCHEMA],
    value: {
      type: 'object',
      additionalProperties: false,
      properties: { settings: OBJECT, open: OBJECT, browse: OBJECT },
    },
    status: 'supported',
    level: 'E',
    sources: ['L-SVR', 'R-SCH-API'],
  },
  {
    key: 'x-ms-enum-values',
    where: [...NON_BODY, ...SCHEMA],
    value: {
      type: 'array',
      items: {
        type: 'object',
        required: ['value', 'displayName'],
        additionalProperties: false,
        properties: { value: ANY, displayName: STRING },
      },
    },
    status: 'supported',
    level: 'E',
    sources: ['R-SCH-API', 'L-SVR'],
    checkedBy: ['ppc-enum-values-ext'],
  },
  {
    key: 'x-ms-test-value',
    where: [...ALL_PARAMS, ...SCHEMA],
    value: ANY,
    status: 'supported',
    level: 'E',
    sources: ['R-SCH-API'],
    checkedBy: ['ppc-test-value-no-secrets'],
    note: 'Any valid sample value; no secrets or personal data.',
  },
  {
    key: 'x-ms-localizeDefaultValue',
    where: [...NON_BODY, ...SCHEMA],
    value: BOOLEAN,
    status: 'supported',
    level: 'E',
    sources: ['R-SCH-API'],
    checkedBy: ['ppc-x-ms-localize-default-value-type'],
  },
  {
    key: 'x-ms-media-kind',
    where: SCHEMA,
    value: { type: 'string', enum: ['image', 'audio'] },
    status: 'supported',
    level: 'E',
    sources: ['R-SCH-API'],
    checkedBy: ['ppc-x-ms-media-kind-value'],
  },
  {
    key: 'x-ms-pageable',
    where: ['operation'],
    value: {
      type: 'object',
      required: ['nextLinkName'],
      additionalProperties: false,
      properties: { nextLinkName: STRING },
    },
    status: 'supported',
    level: 'E',
    sources: ['R-SCH-API', 'L-SVR'],
    checkedBy: ['ppc-pageable-shape', 'ppc-pageable-nextlink-value'],
  },
  {
    key: 'x-ms-no-generic-test',
    where: ['operation'],
    value: BOOLEAN,
    status: 'supported',
    level: 'E',
    sources: ['R-SCH-API'],
    checkedBy: ['ppc-no-generic-test'],
  },
  {
    key: 'x-ms-safe-operation',
    where: ['operation'],
    value: BOOLEAN,
    status: 'supported',
    level: 'E',
    sources: ['R-SCH-API'],
    checkedBy: ['ppc-safe-operation'],
  },
  {
    key: 'x-ms-connector-metadata',
    where: ['root'],
    value: {
      type: 'array',
      items: {
        type: 'object',
        required: ['propertyName', 'propertyValue'],
        properties: { propertyName: STRING, propertyValue: STRING },
      },
    },
    status: 'supported',
    level: 'E',
    sources: ['L-CS', 'R-SCH-API'],
    checkedBy: ['ppc-metadata-required', 'ppc-metadata-shape'],
  },
  {
    key: 'x-ms-docs',
    where: ['root'],
    value: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['url', 'description'],
        additionalProperties: false,
        properties: { url: STRING, description: STRING },
      },
    },
    status: 'supported',
    level: 'E',
    sources: ['R-SCH-API'],
    checkedBy: ['ppc-x-ms-docs'],
  },
  {
    key: 'x-ms-deployment-version',
    where: ['info'],
    value: { type: 'string', pattern: '^\\d+(\\.\\d+)+$' },
    status: 'supported',
    level: 'E',
    sources: ['R-SCH-API'],
    checkedBy: ['ppc-deployment-version'],
  },
  {
    key: 'x-ms-editor',
    where: SCHEMA,
    value: STRING,
    status: 'supported',
    level: 'W',
    sources: ['L-SVR'],
    checkedBy: ['ppc-editor-dictionary'],
    note: '`dictionary` only on objects with additionalProperties. Not in the repository schema.',
  },
  {
    key: 'x-ms-editor-options',
    where: [...NON_BODY, ...SCHEMA],
    value: OBJECT,
    status: 'observed',
    level: 'I',
    sources: ['CORPUS'],
    note: 'Options of `x-ms-editor` (e.g. `items` of a dictionary); used by 6 merged connectors. Not in the repository schema.',
  },
  {
    key: 'x-ms-openai-manifest',
    where: ['root'],
    value: {
      type: 'object',
      required: ['humanName', 'modelDescription', 'contactEmail', 'legalUrl'],
      properties: {
        humanName: { type: 'string', nonEmpty: true },
        modelDescription: { type: 'string', nonEmpty: true },
        contactEmail: { type: 'string', format: 'email' },
        legalUrl: { type: 'string', format: 'url' },
      },
    },
    status: 'observed',
    level: 'I',
    sources: ['CORPUS'],
    checkedBy: ['ppc-ai-manifest-shape'],
    note: 'AI plugin manifest, observed in 37 merged files.',
  },
  {
    key: 'x-ms-openai-data',
    where: ['operation'],
    value: {
      type: 'object',
      required: ['openai-enabled'],
      properties: {
        'openai-enabled': BOOLEAN,
        operations: {
          type: 'array',
          items: {
            type: 'object',
            required: ['operationId'],
            properties: {
              operationId: STRING,
              'x-ms-require-user-confirmation': BOOLEAN,
              parameters: { type: 'array' },
            },
          },
        },
      },
    },
    status: 'observed',
    level: 'I',
    sources: ['CORPUS'],
    checkedBy: ['ppc-ai-openai-data-shape'],
    note: 'Observed on operations (330 uses); two certified connectors also put one at the root (ppc-root-no-unknown-extensions).',
  },
  {
    key: 'x-ms-openai-published-to-copilots',
    where: ['info'],
    value: { type: 'oneOf', of: [{ type: 'array' }, { type: 'object' }] },
    status: 'observed',
    level: 'I',
    sources: ['CORPUS'],
    note: 'Observed (4): a list of { "AICopilot-enabled": boolean, "AICopilotName": string } or one such object.',
  },
  {
    key: 'x-ms-keywords',
    where: ['info'],
    value: { type: 'array', items: STRING },
    status: 'observed',
    level: 'I',
    sources: ['CORPUS'],
    checkedBy: ['ppc-ai-extension-value-type'],
    note: 'Observed (18): a list of search keywords.',
  },
  {
    key: 'x-ms-name-for-model',
    where: ['operation'],
    value: STRING,
    status: 'observed',
    level: 'I',
    sources: ['SK'],
    checkedBy: ['ppc-ai-extension-value-type'],
    note: 'Named only by a community summary for Copilot Studio.',
  },
  {
    key: 'x-ms-description-for-model',
    where: ['operation'],
    value: STRING,
    status: 'observed',
    level: 'I',
    sources: ['SK'],
    checkedBy: ['ppc-ai-extension-value-type'],
    note: 'Named only by a community summary for Copilot Studio.',
  },
  {
    key: 'x-ms-enum',
    where: ['schema'],
    value: { type: 'object', properties: { name: STRING, modelAsString: BOOLEAN } },
    status: 'autorest',
    level: 'I',
    sources: ['R-SCH-API'],
    checkedBy: ['ppc-x-ms-autorest-ignored'],
  },
  {
    key: 'x-ms-parameter-location',
    where: NON_BODY,
    value: { type: 'string', enum: ['client', 'method'] },
    status: 'autorest',
    level: 'I',
    sources: ['R-SCH-API'],
    checkedBy: ['ppc-x-ms-autorest-ignored'],
  },
  {
    key: 'x-ms-skip-url-encoding',
    where: ['pathParameter'],
    value: BOOLEAN,
    status: 'autorest',
    level: 'I',
    sources: ['R-SCH-API'],
    checkedBy: ['ppc-x-ms-autorest-ignored'],
  },
];

/**
 * AutoRest / Azure SDK generator keys that the repository schema does not accept and Power Platform does not
 * know. Merged connectors generated from Azure specs carry them; the unknown-key rule names them as such.
 */
export const AUTOREST_ONLY_KEYS: readonly string[] = [
  'x-ms-azure-resource',
  'x-ms-client-default',
  'x-ms-client-flatten',
  'x-ms-client-name',
  'x-ms-client-request-id',
  'x-ms-code-generation-settings',
  'x-ms-discriminator-value',
  'x-ms-error-response',
  'x-ms-examples',
  'x-ms-external',
  'x-ms-header-collection-prefix',
  'x-ms-identifiers',
  'x-ms-long-running-operation',
  'x-ms-long-running-operation-options',
  'x-ms-mutability',
  'x-ms-odata',
  'x-ms-pageable-item-name',
  'x-ms-parameter-grouping',
  'x-ms-parameterized-host',
  'x-ms-paths',
  'x-ms-request-id',
  'x-ms-secret',
  'x-ms-text',
];

const BY_KEY = new Map(KNOWN_EXTENSIONS.map((e) => [e.key, e]));

/** The table entry of a key (exact spelling), if it is known. */
export function knownExtension(key: string): KnownExtension | undefined {
  return BY_KEY.get(key);
}

/** Whether a known key may sit on this kind of object. A parameter of unknown kind accepts any parameter key. */
export function isAllowedAt(entry: KnownExtension, location: ExtensionLocation): boolean {
  if (entry.where.includes(location)) return true;
  return location === 'parameter' && entry.where.some((w) => PARAMETER_LOCATIONS.includes(w));
}

/** The value shape of a key at a location (the `lenient` one when asked and defined). */
export function valueSpecAt(entry: KnownExtension, location: ExtensionLocation, lenient = false): ValueSpec {
  if (lenient && entry.lenient) return entry.lenient;
  return entry.valueAt?.[location] ?? entry.value;
}
