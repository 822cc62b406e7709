import { createRulesetFunction, type IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { isObject, quote, show } from '../../utils/guards';
import { addPolling, pathPointer } from './example-edits';

const EXPECTED: Record<string, string> = { kind: 'query', mode: 'polling' };

const triggerMetadata = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function pollingTriggerMetadata(input, _options, context) {
    if (input === undefined) return;
    if (!isObject(input)) return [{ message: `is ${Array.isArray(input) ? 'an array' : show(input)}, not an object` }];
    const results: IFunctionResult[] = [];
    for (const [key, expected] of Object.entries(EXPECTED)) {
      const value = input[key];
      if (value === undefined) results.push({ message: `has no "${key}" (expected "${expected}")` });
      else if (value !== expected)
        results.push({
          message: `has "${key}": ${quote(show(value))} (expected "${expected}")`,
          path: [...context.path, key],
        });
    }
    return results;
  },
);

export default defineRule('ppc-polling-trigger-metadata', {
  description: '`x-ms-trigger-metadata`, when present, is exactly `{ "kind": "query", "mode": "polling" }`.',
  message:
    'x-ms-trigger-metadata {{error}}; write { "kind": "query", "mode": "polling" } (the only form the platform accepts).',
  severity: 'error',
  formats: [oas2],
  given: OPERATIONS,
  resolved: false,
  then: { field: 'x-ms-trigger-metadata', function: triggerMetadata },
  'x-ppc': {
    requirements: ['polling-trigger-metadata', 'x-ms-trigger-metadata'],
    section: '5',
    sources: ['R-SCH-API'],
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A missing "mode".',
          edits: [
            ...addPolling(),
            {
              op: 'set',
              path: pathPointer('/tasks/trigger', 'get', 'x-ms-trigger-metadata'),
              value: { kind: 'query' },
            },
          ],
        },
        {
          description: 'A wrong "kind".',
          edits: [
            ...addPolling(),
            {
              op: 'set',
              path: pathPointer('/tasks/trigger', 'get', 'x-ms-trigger-metadata', 'kind'),
              value: 'webhook',
            },
          ],
        },
      ],
      valid: [{ description: 'Both keys with their only values.', edits: addPolling() }],
    },
  },
});
