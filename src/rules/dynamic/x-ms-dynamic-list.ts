import type { IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { documentFunction } from '../../functions/triggers-document-check';
import { extensionKey } from '../../collections';
import { defineRule } from '../../types';
import { isObject } from '../../utils/guards';
import { DYNAMIC_LIST } from '../../model/dynamic-calls';
import { extensionSites } from '../../model/extension-sites';
import { parentPicker } from './example-edits';
import { describeValue, pathStrings, requiredString, unknownKeys, valueOrReference } from './shapes';

const KEYS = ['operationId', 'parameters', 'itemsPath', 'itemTitlePath', 'itemValuePath'];

export const checkDynamicListShape = documentFunction('dynamicListShape', (doc) => {
  const results: IFunctionResult[] = [];
  const label = DYNAMIC_LIST;
  for (const site of extensionSites(doc, DYNAMIC_LIST)) {
    const v = site.value;
    if (!isObject(v)) {
      results.push({ message: `${label} is ${describeValue(v)}, not an object`, path: site.path });
      continue;
    }
    results.push(...requiredString(v, 'operationId', site.path, label));
    results.push(...pathStrings(v, ['itemsPath', 'itemTitlePath', 'itemValuePath'], site.path, label));
    results.push(...valueOrReference(v, site.path, label));
    results.push(...unknownKeys(v, KEYS, site.path, label));
  }
  return results;
});

export default defineRule('ppc-x-ms-dynamic-list', {
  description:
    '`x-ms-dynamic-list` has an `operationId`, `parameters` whose values are `{ "value": … }` or `{ "parameterReference": "<path>" }`, and `itemsPath` / `itemTitlePath` / `itemValuePath` path strings.',
  message: "{{error}}; see the x-ms-dynamic-list reference in Microsoft's OpenAPI extension docs.",
  severity: 'error',
  formats: [oas2],
  given: extensionKey(DYNAMIC_LIST),
  resolved: false,
  then: { function: checkDynamicListShape },
  'x-ppc': {
    requirements: ['x-ms-dynamic-list'],
    section: '9',
    sources: ['L-EXT', 'R-SCH-API'],
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'The x-ms-dynamic-values parameter form.',
          edits: [
            ...parentPicker(true),
            {
              op: 'set',
              path: '/definitions/NewTask/properties/parent/x-ms-dynamic-list/parameters/status',
              value: { parameter: 'title' },
            },
          ],
        },
      ],
      valid: [{ description: 'A parameter reference into the body.', edits: parentPicker(true) }],
    },
  },
});
