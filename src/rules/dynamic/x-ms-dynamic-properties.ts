import type { IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { documentFunction } from '../../functions/triggers-document-check';
import { extensionKey } from '../../collections';
import { defineRule } from '../../types';
import { isObject } from '../../utils/guards';
import { DYNAMIC_PROPERTIES } from '../../model/dynamic-calls';
import { extensionSites } from '../../model/extension-sites';
import { dynamicFields } from './example-edits';
import { describeValue, pathStrings, requiredString, unknownKeys, valueOrReference } from './shapes';

const KEYS = ['operationId', 'parameters', 'itemValuePath'];

export const checkDynamicPropertiesShape = documentFunction('dynamicPropertiesShape', (doc) => {
  const results: IFunctionResult[] = [];
  const label = DYNAMIC_PROPERTIES;
  for (const site of extensionSites(doc, DYNAMIC_PROPERTIES)) {
    const v = site.value;
    if (!isObject(v)) {
      results.push({ message: `${label} is ${describeValue(v)}, not an object`, path: site.path });
      continue;
    }
    results.push(...requiredString(v, 'operationId', site.path, label));
    results.push(...pathStrings(v, ['itemValuePath'], site.path, label));
    results.push(...valueOrReference(v, site.path, label));
    results.push(...unknownKeys(v, KEYS, site.path, label));
  }
  return results;
});

const properties = {
  operationId: 'GetTaskSchema',
  parameters: { kind: { parameterReference: 'kind' } },
  itemValuePath: 'schema',
};

export default defineRule('ppc-x-ms-dynamic-properties', {
  description:
    '`x-ms-dynamic-properties` is `{ operationId, parameters, itemValuePath }`, with parameters written as `{ "value": … }` or `{ "parameterReference": "<path>" }`.',
  message: "{{error}}; see the x-ms-dynamic-properties reference in Microsoft's OpenAPI extension docs.",
  severity: 'error',
  formats: [oas2],
  given: extensionKey(DYNAMIC_PROPERTIES),
  resolved: false,
  then: { function: checkDynamicPropertiesShape },
  'x-ppc': {
    requirements: ['x-ms-dynamic-properties'],
    section: '9',
    sources: ['L-EXT', 'R-SCH-API'],
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A parameter with both a value and a reference.',
          edits: dynamicFields(
            {},
            {
              'x-ms-dynamic-properties': {
                ...properties,
                parameters: { kind: { value: 'bug', parameterReference: 'kind' } },
              },
            },
          ),
        },
      ],
      valid: [
        {
          description: 'Properties fetched from GetTaskSchema.',
          edits: dynamicFields({}, { 'x-ms-dynamic-properties': properties }),
        },
      ],
    },
  },
});
