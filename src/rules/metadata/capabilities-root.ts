import { createRulesetFunction } from '@stoplight/spectral-core';
import { isObject, jsonValue, quote } from '../../utils/guards';
import { oas2 } from '@stoplight/spectral-formats';
import { defineRule } from '../../types';

const CAPABILITIES = ['testConnection', 'file-picker'];

/**
 * The shape of the root `x-ms-capabilities`: only the two root capabilities, each an object, with the key
 * each one needs (their other keys, and whether the testConnection operation exists and can be called,
 * are checked elsewhere).
 * Error text: `has the unknown capability "chunkTransfer"`.
 */
export const capabilitiesRoot = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function capabilitiesRoot(input, _options, context) {
    if (!isObject(input)) return [{ message: `is ${jsonValue(input)}, not an object` }];
    const results = [];
    for (const [key, value] of Object.entries(input)) {
      const at = [...context.path, key];
      if (!CAPABILITIES.includes(key)) {
        const same = CAPABILITIES.find((c) => c.toLowerCase() === key.toLowerCase());
        const where =
          key === 'chunkTransfer'
            ? ' (chunkTransfer belongs on an operation)'
            : same
              ? ` (did you mean "${same}"?)`
              : '';
        results.push({ message: `has the unknown capability ${quote(key)}${where}`, path: at });
        continue;
      }
      if (!isObject(value)) {
        results.push({ message: `${key} is ${jsonValue(value)}, not an object`, path: at });
        continue;
      }
      if (key === 'testConnection' && (typeof value.operationId !== 'string' || value.operationId.trim() === '')) {
        results.push({ message: 'testConnection has no operationId string', path: at });
      }
      if (key === 'file-picker' && !isObject(value.open))
        results.push({ message: 'file-picker has no "open" object', path: at });
    }
    return results;
  },
);

export default defineRule('ppc-capabilities-root', {
  description:
    'The root `x-ms-capabilities` object holds only `testConnection` (an object with an `operationId`) and `file-picker` (an object with an `open` operation).',
  message:
    'x-ms-capabilities {{error}}; the root allows only testConnection { operationId, parameters } and file-picker { open, browse, ... } (the repository schema rejects anything else).',
  severity: 'error',
  formats: [oas2],
  given: "$['x-ms-capabilities']",
  then: { function: capabilitiesRoot },
  'x-ppc': {
    requirements: ['capabilities-root'],
    section: '2.7',
    sources: ['R-SCH-API', 'L-EXT', 'L-TC'],
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'An operation capability at the root.',
          edits: [{ op: 'set', path: '/x-ms-capabilities', value: { chunkTransfer: true } }],
        },
        {
          description: 'A testConnection without an operationId.',
          edits: [{ op: 'set', path: '/x-ms-capabilities', value: { testConnection: { parameters: {} } } }],
        },
      ],
      valid: [
        {
          description: 'A test-connection operation.',
          edits: [{ op: 'set', path: '/x-ms-capabilities', value: { testConnection: { operationId: 'ListTasks' } } }],
        },
      ],
    },
  },
});
