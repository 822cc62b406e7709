import type { IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { documentFunction } from '../../functions/triggers-document-check';
import { extensionKey } from '../../collections';
import { defineRule } from '../../types';
import { isObject } from '../../utils/guards';
import { DYNAMIC_SCHEMA } from '../../model/dynamic-calls';
import { extensionSites } from '../../model/extension-sites';
import { dynamicFields } from './example-edits';
import { describeValue, pathStrings, requiredString, staticOrParameter, unknownKeys } from './shapes';

const KEYS = ['operationId', 'parameters', 'value-path'];

export const checkDynamicSchemaShape = documentFunction('dynamicSchemaShape', (doc) => {
  const results: IFunctionResult[] = [];
  const label = DYNAMIC_SCHEMA;
  for (const site of extensionSites(doc, DYNAMIC_SCHEMA)) {
    const v = site.value;
    if (!isObject(v)) {
      results.push({ message: `${label} is ${describeValue(v)}, not an object`, path: site.path });
      continue;
    }
    results.push(...requiredString(v, 'operationId', site.path, label));
    results.push(...pathStrings(v, ['value-path'], site.path, label));
    results.push(...staticOrParameter(v, site.path, label));
    results.push(...unknownKeys(v, KEYS, site.path, label));
  }
  return results;
});

export default defineRule('ppc-x-ms-dynamic-schema', {
  description:
    '`x-ms-dynamic-schema` is `{ operationId, parameters, value-path }`: an operationId, literal or `{ "parameter": name }` parameters, and a path string.',
  message: "{{error}}; see the x-ms-dynamic-schema reference in Microsoft's OpenAPI extension docs.",
  severity: 'error',
  formats: [oas2],
  given: extensionKey(DYNAMIC_SCHEMA),
  resolved: false,
  then: { function: checkDynamicSchemaShape },
  'x-ppc': {
    requirements: ['x-ms-dynamic-schema'],
    section: '9',
    sources: ['L-EXT', 'R-SCH-API'],
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'Only an operation name.',
          edits: [
            ...dynamicFields(),
            { op: 'set', path: '/definitions/NewTask/properties/fields/x-ms-dynamic-schema', value: 'GetTaskSchema' },
          ],
        },
        { description: 'An unknown key.', edits: dynamicFields({ 'value-collection': 'schema' }) },
      ],
      valid: [{ description: 'A schema fetched from GetTaskSchema.', edits: dynamicFields() }],
    },
  },
});
