import type { IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { documentFunction } from '../../functions/triggers-document-check';
import { extensionKey } from '../../collections';
import { defineRule } from '../../types';
import { isObject, quote } from '../../utils/guards';
import { DYNAMIC_VALUES } from '../../model/dynamic-calls';
import { extensionSites } from '../../model/extension-sites';
import { taskPicker } from './example-edits';
import { describeValue, pathStrings, staticOrParameter, unknownKeys } from './shapes';

const KEYS = [
  'operationId',
  'builtInOperation',
  'capability',
  'parameters',
  'value-collection',
  'value-path',
  'value-title',
];
const SOURCES = ['operationId', 'builtInOperation', 'capability'];
const BUILT_IN = ['AadGraph.GetUsers'];
const CAPABILITIES = ['file-picker'];

export const checkDynamicValuesShape = documentFunction('dynamicValuesShape', (doc) => {
  const results: IFunctionResult[] = [];
  const label = DYNAMIC_VALUES;
  for (const site of extensionSites(doc, DYNAMIC_VALUES)) {
    const v = site.value;
    const path = site.path;
    if (!isObject(v)) {
      results.push({ message: `${label} is ${describeValue(v)}, not an object`, path });
      continue;
    }
    const sources = SOURCES.filter((k) => v[k] !== undefined);
    if (sources.length === 0) results.push({ message: `${label} has no "operationId"`, path });
    else if (sources.length > 1)
      results.push({
        message: `${label} has both ${sources.map((s) => quote(s)).join(' and ')}`,
        path: [...path, sources[1]],
      });
    if (v.operationId !== undefined && (typeof v.operationId !== 'string' || v.operationId.trim() === '')) {
      results.push({
        message: `${label} has an "operationId" that is not a non-empty string (${describeValue(v.operationId)})`,
        path: [...path, 'operationId'],
      });
    }
    if (v.builtInOperation !== undefined && !BUILT_IN.includes(v.builtInOperation as string)) {
      results.push({
        message: `${label} has "builtInOperation": ${quote(describeValue(v.builtInOperation))} (the only one is "AadGraph.GetUsers")`,
        path: [...path, 'builtInOperation'],
      });
    }
    if (v.capability !== undefined && !CAPABILITIES.includes(v.capability as string)) {
      results.push({
        message: `${label} has "capability": ${quote(describeValue(v.capability))} (the only one is "file-picker")`,
        path: [...path, 'capability'],
      });
    }
    results.push(...pathStrings(v, ['value-collection', 'value-path', 'value-title'], path, label));
    if (v['value-title'] !== undefined && v['value-path'] === undefined)
      results.push({ message: `${label} has a "value-title" but no "value-path"`, path });
    results.push(...staticOrParameter(v, path, label));
    results.push(...unknownKeys(v, KEYS, path, label));
  }
  return results;
});

export default defineRule('ppc-x-ms-dynamic-values', {
  description:
    '`x-ms-dynamic-values` has exactly one of `operationId` or `builtInOperation` (or the file-picker `capability`), `parameters` whose values are literals or `{ "parameter": name }`, and `value-collection` / `value-path` / `value-title` path strings.',
  message: "{{error}}; see the x-ms-dynamic-values reference in Microsoft's OpenAPI extension docs.",
  severity: 'error',
  formats: [oas2],
  given: extensionKey(DYNAMIC_VALUES),
  resolved: false,
  then: { function: checkDynamicValuesShape },
  'x-ppc': {
    requirements: ['x-ms-dynamic-values'],
    section: '9',
    sources: ['L-EXT', 'R-SCH-API'],
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'The x-ms-dynamic-list parameter form.',
          edits: taskPicker({ parameters: { status: { value: 'open' } } }),
        },
        { description: 'A value path with a leading slash.', edits: taskPicker({ 'value-path': '/id' }) },
        {
          description: 'No operationId.',
          edits: [{ op: 'set', path: '/parameters/TaskId/x-ms-dynamic-values', value: { 'value-path': 'id' } }],
        },
      ],
      valid: [{ description: 'A task picker fed by ListTasks.', edits: taskPicker() }],
    },
  },
});
