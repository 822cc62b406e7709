import type { JsonPath } from '@stoplight/types';
import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { defineRule, type ExampleEdit } from '../../types';
import { isObject, quote } from '../../utils/guards';
import {
  connectorModel,
  followRef,
  perDocument,
  schemaVisits,
  type OperationModel,
  type SchemaVisit,
} from '../../model';
import { operationRule, type Finding } from '../../model/rules';
import { isInternal } from '../../model/visibility';

const DYNAMIC_EXTENSIONS = [
  'x-ms-dynamic-values',
  'x-ms-dynamic-list',
  'x-ms-dynamic-schema',
  'x-ms-dynamic-properties',
  'x-ms-dynamic-tree',
];

/** The `parameters` maps of a dynamic extension with their paths (x-ms-dynamic-tree has them under open/browse). */
function parameterMaps(
  ext: Record<string, unknown>,
  base: JsonPath,
): Array<{ map: Record<string, unknown>; path: JsonPath }> {
  const maps: Array<{ map: Record<string, unknown>; path: JsonPath }> = [];
  if (isObject(ext.parameters)) maps.push({ map: ext.parameters, path: [...base, 'parameters'] });
  for (const key of ['open', 'browse']) {
    const part = ext[key];
    if (isObject(part) && isObject(part.parameters))
      maps.push({ map: part.parameters, path: [...base, key, 'parameters'] });
  }
  return maps;
}

/** Follow a local schema `$ref` chain. */
function deref(doc: unknown, schema: unknown): unknown {
  return followRef(doc, schema, []).node;
}

/**
 * Whether the source a `parameterReference` ("name" or "body/prop/sub") names is internal: the parameter, or a
 * property on the way down its schema.
 */
function referenceIsInternal(doc: unknown, params: Map<string, Record<string, unknown>>, reference: string): boolean {
  const [head, ...rest] = reference.split('/');
  const param = params.get(head ?? '');
  if (!param) return false;
  if (isInternal(param)) return true;
  let schema = deref(doc, param.schema);
  for (const segment of rest) {
    if (!isObject(schema) || !isObject(schema.properties)) return false;
    const child = deref(doc, schema.properties[segment]);
    if (isInternal(child)) return true;
    schema = child;
  }
  return false;
}

/** The visible body schema visits of each operation, `$ref`s followed (computed once per document). */
const bodyVisitsOf = perDocument((document): Map<OperationModel, SchemaVisit[]> => {
  const byOperation = new Map<OperationModel, SchemaVisit[]>();
  for (const v of schemaVisits(connectorModel(document), 'expanded')) {
    if (v.role !== 'request-body' || v.hidden || !v.operation) continue;
    const list = byOperation.get(v.operation);
    if (list) list.push(v);
    else byOperation.set(v.operation, [v]);
  }
  return byOperation;
});

/** Reported where the extension is written: once for a shared parameter or definition used by many operations. */
const dynamicSourceNotInternal = operationRule(
  'dynamicSourceNotInternal',
  (op, model) => {
    const doc = model.document;
    const results: Finding[] = [];
    const byName = new Map<string, Record<string, unknown>>();
    for (const p of op.parameters) if (typeof p.node.name === 'string') byName.set(p.node.name, p.node);

    const checkHolder = (holder: Record<string, unknown>, holderPath: JsonPath): void => {
      for (const extName of DYNAMIC_EXTENSIONS) {
        const ext = holder[extName];
        if (!isObject(ext)) continue;
        for (const { map, path } of parameterMaps(ext, [...holderPath, extName])) {
          for (const [target, source] of Object.entries(map)) {
            if (!isObject(source)) continue;
            let field: 'parameter' | 'parameterReference' | undefined;
            let internal = false;
            if (typeof source.parameter === 'string') {
              field = 'parameter';
              internal = isInternal(byName.get(source.parameter));
            } else if (typeof source.parameterReference === 'string') {
              field = 'parameterReference';
              internal = referenceIsInternal(doc, byName, source.parameterReference);
            }
            if (!field || !internal) continue;
            results.push({
              message: `${extName} passes the internal parameter ${quote(source[field])} to ${quote(target)}`,
              path: [...path, target, field],
            });
          }
        }
      }
    };

    // Visible non-body parameters, and the visible schemas of the body parameter.
    for (const p of op.parameters) {
      if (p.hidden || p.in === 'body') continue;
      checkHolder(p.node, p.jsonPath);
    }
    for (const v of bodyVisitsOf(doc).get(op) ?? []) checkHolder(v.schema, v.path);
    return results;
  },
  { skipHidden: true },
);

/** Edits: an internal `api-version` parameter, and a status dropdown passing it the given `version` argument. */
function statusPicker(version: Record<string, unknown>): ExampleEdit[] {
  return [
    {
      op: 'set',
      path: '/paths/~1tasks/get/parameters/1',
      value: {
        name: 'api-version',
        in: 'query',
        type: 'string',
        required: true,
        default: '2024-01-01',
        'x-ms-visibility': 'internal',
      },
    },
    {
      op: 'set',
      path: '/paths/~1tasks/get/parameters/0/x-ms-dynamic-values',
      value: { operationId: 'ListStatuses', 'value-path': 'id', 'value-title': 'name', parameters: { version } },
    },
  ];
}

export default defineRule('ppc-dynamic-source-not-internal', {
  description:
    'A visible input whose `x-ms-dynamic-*` extension takes a value from another parameter does not take it from an internal one; internal values are passed as a static `value`.',
  message:
    '{{error}}; pass the internal value as a static "value" instead (Microsoft rejects internal sources for visible dynamic inputs).',
  severity: 'error',
  formats: [oas2],
  given: OPERATIONS,
  resolved: false,
  then: { function: dynamicSourceNotInternal },
  'x-ppc': {
    requirements: ['dynamic-source-not-internal'],
    section: '6',
    sources: ['L-SVR SourcePropertyInternal', 'L-EXT'],
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A visible parameter whose dropdown takes an internal parameter.',
          edits: statusPicker({ parameter: 'api-version' }),
        },
      ],
      valid: [
        {
          description: 'The internal value passed as a static value.',
          edits: statusPicker({ value: '2024-01-01' }),
        },
      ],
    },
  },
});
