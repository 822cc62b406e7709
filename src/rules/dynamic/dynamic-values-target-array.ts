import type { IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { documentFunction } from '../../functions/triggers-document-check';
import { extensionKey } from '../../collections';
import { defineRule } from '../../types';
import { isObject, quote } from '../../utils/guards';
import { DYNAMIC_LIST, DYNAMIC_VALUES, dynamicCalls } from '../../model/dynamic-calls';
import { connectorModel, type OperationModel } from '../../model';
import {
  locate,
  pathSegments,
  schemaProperties,
  successResponses,
  type JsonObject,
  type Located,
} from '../../model/schema-views';
import { operationLabel } from '../../utils/triggers-webhooks';
import { taskPicker } from './example-edits';

const SCHEMA_KEYS = ['type', 'properties', 'items', 'allOf', '$ref'];

/** The first success response schema of an operation, resolved, when it says anything. */
function responseSchema(doc: unknown, target: OperationModel): Located<JsonObject> | undefined {
  for (const r of successResponses(target)) {
    if (r.node.schema === undefined) continue;
    const s = locate(doc, r.node.schema, [...r.jsonPath, 'schema']);
    if (s && SCHEMA_KEYS.some((k) => k in s.value) && s.value['x-ms-dynamic-schema'] === undefined) return s;
    return undefined;
  }
  return undefined;
}

/** Find a property by name, case-insensitively when there is no exact match. 'open' when nothing can be told. */
function property(doc: unknown, schema: Located<JsonObject>, name: string): Located<JsonObject> | 'open' | undefined {
  const { props, open } = schemaProperties(doc, schema.value, schema.path);
  const exact = props.get(name) ?? [...props.entries()].find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
  if (exact) return locate(doc, exact.value, exact.path) ?? 'open';
  return open ? 'open' : undefined;
}

interface Paths {
  collection?: unknown;
  value?: unknown;
  title?: unknown;
  names: [string, string, string];
}

function check(doc: unknown, ext: string, target: OperationModel, paths: Paths): string | undefined {
  let node = responseSchema(doc, target);
  if (!node) return undefined;
  const [collectionKey, valueKey, titleKey] = paths.names;
  if (typeof paths.collection === 'string' && paths.collection !== '') {
    for (const segment of pathSegments(paths.collection)) {
      if (node.value.type === 'array' || isObject(node.value.items)) {
        return `${ext}.${collectionKey} ${quote(paths.collection)}: the response of ${operationLabel(target)} is an array, which has no property ${quote(segment)}`;
      }
      const next = property(doc, node, segment);
      if (next === 'open') return undefined;
      if (!next)
        return `${ext}.${collectionKey} ${quote(paths.collection)}: the response of ${operationLabel(target)} has no property ${quote(segment)}`;
      node = next;
    }
  }
  const s = node.value;
  const isArray = s.type === 'array' || isObject(s.items);
  if (!isArray) {
    if (typeof s.type !== 'string' || s.type === 'array') return undefined;
    // an untyped object: cannot tell
    if (s.type === 'object' && !isObject(s.properties) && !Array.isArray(s.allOf)) return undefined;
    const where =
      typeof paths.collection === 'string' && paths.collection !== ''
        ? `at ${collectionKey} ${quote(paths.collection)}`
        : `at its root (no ${collectionKey})`;
    return `${ext}: the response of ${operationLabel(target)} is not an array ${where} (InvokedOperationShouldProduceArray)`;
  }
  const items = locate(doc, s.items, [...node.path, 'items']);
  if (!items) return undefined;
  for (const [key, value] of [
    [valueKey, paths.value],
    [titleKey, paths.title],
  ] as const) {
    if (typeof value !== 'string' || value === '') continue;
    let at: Located<JsonObject> | 'open' | undefined = items;
    for (const segment of pathSegments(value)) {
      if (at === 'open' || at === undefined) break;
      at = property(doc, at, segment);
    }
    if (at === undefined)
      return `${ext}.${key} ${quote(value)}: the items returned by ${operationLabel(target)} have no such property (InvokedOperationShouldProduceProperty)`;
  }
  return undefined;
}

export const checkTargetArray = documentFunction('dynamicValuesTargetArray', (doc) => {
  const results: IFunctionResult[] = [];
  const byId = connectorModel(doc).operationsById;
  const done = new Set<string>();
  for (const use of dynamicCalls(doc)) {
    const key = JSON.stringify(use.holderPath);
    if (done.has(key)) continue;
    done.add(key);
    const values = use.holder[DYNAMIC_VALUES];
    if (isObject(values) && typeof values.operationId === 'string') {
      const target = byId.get(values.operationId)?.[0];
      const problem =
        target &&
        check(doc, DYNAMIC_VALUES, target, {
          collection: values['value-collection'],
          value: values['value-path'],
          title: values['value-title'],
          names: ['value-collection', 'value-path', 'value-title'],
        });
      if (problem) results.push({ message: problem, path: [...use.holderPath, DYNAMIC_VALUES] });
    }
    const list = use.holder[DYNAMIC_LIST];
    if (isObject(list) && typeof list.operationId === 'string') {
      const target = byId.get(list.operationId)?.[0];
      const problem =
        target &&
        check(doc, DYNAMIC_LIST, target, {
          collection: list.itemsPath,
          value: list.itemValuePath,
          title: list.itemTitlePath,
          names: ['itemsPath', 'itemValuePath', 'itemTitlePath'],
        });
      if (problem) results.push({ message: problem, path: [...use.holderPath, DYNAMIC_LIST] });
    }
  }
  return results;
});

export default defineRule('ppc-dynamic-values-target-array', {
  description:
    'The operation that feeds `x-ms-dynamic-values` (or `x-ms-dynamic-list`) returns an array at `value-collection` (or at its root), and its items have the `value-path` and `value-title` properties.',
  message:
    '{{error}}; point the paths at the array and the item properties the operation returns, or fix its response schema.',
  severity: 'warn',
  formats: [oas2],
  given: [extensionKey(DYNAMIC_VALUES), extensionKey(DYNAMIC_LIST)],
  resolved: false,
  then: { function: checkTargetArray },
  'x-ppc': {
    requirements: ['x-ms-dynamic-values'],
    section: '9',
    sources: ['L-EXT', 'L-SVR InvokedOperationShouldProduceArray', 'L-SVR InvokedOperationShouldProduceProperty'],
    validatorMessage: 'InvokedOperationShouldProduceArray / InvokedOperationShouldProduceProperty',
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A value-collection that ListTasks (which returns a bare array) does not have.',
          edits: taskPicker({ 'value-collection': 'value' }),
        },
        { description: 'A value-title the tasks do not have.', edits: taskPicker({ 'value-title': 'name' }) },
        {
          description: 'GetTask returns one task, not an array.',
          edits: [
            {
              op: 'set',
              path: '/parameters/TaskId/x-ms-dynamic-values',
              value: { operationId: 'GetTask', 'value-path': 'id' },
            },
          ],
        },
      ],
      valid: [{ description: 'ListTasks returns an array of tasks with "id" and "title".', edits: taskPicker() }],
    },
  },
});
