import type { IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { documentFunction } from '../../functions/triggers-document-check';
import { extensionKey } from '../../collections';
import { defineRule } from '../../types';
import { isObject, quote, show } from '../../utils/guards';
import { extensionSites } from '../../model/extension-sites';
import { addPolling, pathPointer } from './example-edits';

const KEYS = ['value-collection', 'value-path'];

export const checkTriggerValueExtension = documentFunction('triggerValueExtension', (doc) => {
  const results: IFunctionResult[] = [];
  for (const site of extensionSites(doc, 'x-ms-trigger-value')) {
    const v = site.value;
    if (site.kind === 'parameter' && site.in === 'body') {
      results.push({
        message: 'is on a body parameter (it belongs on a query, path or header parameter)',
        path: site.path,
      });
      continue;
    }
    if (!isObject(v)) {
      results.push({ message: `is ${Array.isArray(v) ? 'an array' : show(v)}, not an object`, path: site.path });
      continue;
    }
    if (!KEYS.some((k) => v[k] !== undefined))
      results.push({ message: 'has neither "value-collection" nor "value-path"', path: site.path });
    for (const [key, value] of Object.entries(v)) {
      if (!KEYS.includes(key))
        results.push({ message: `has the unknown key ${quote(key)}`, path: [...site.path, key] });
      else if (typeof value !== 'string')
        results.push({
          message: `has a ${quote(key)} that is not a string (${show(value)})`,
          path: [...site.path, key],
        });
    }
  }
  return results;
});

export default defineRule('ppc-x-ms-trigger-value', {
  description:
    '`x-ms-trigger-value` on a non-body parameter is an object with a `value-collection` and/or `value-path` string.',
  message:
    'x-ms-trigger-value {{error}}; write { "value-collection": "<path>", "value-path": "<property>" } on a non-body parameter.',
  severity: 'error',
  formats: [oas2],
  given: extensionKey('x-ms-trigger-value'),
  resolved: false,
  then: { function: checkTriggerValueExtension },
  'x-ppc': {
    requirements: ['x-ms-trigger-value'],
    section: '9',
    sources: ['R-SCH-API'],
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A bare string.',
          edits: [
            ...addPolling(),
            {
              op: 'set',
              path: pathPointer('/tasks/trigger', 'get', 'parameters', '0', 'x-ms-trigger-value'),
              value: 'id',
            },
          ],
        },
      ],
      valid: [
        {
          description: 'Collection and path.',
          edits: [
            ...addPolling(),
            {
              op: 'set',
              path: pathPointer('/tasks/trigger', 'get', 'parameters', '0', 'x-ms-trigger-value'),
              value: { 'value-collection': 'value', 'value-path': 'id' },
            },
          ],
        },
      ],
    },
  },
});
