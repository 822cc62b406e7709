import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { show } from '../../utils/guards';
import { pathPointer, addPolling } from './example-edits';

const VALUES = ['single', 'batch'];

const triggerValue = createRulesetFunction<unknown, null>({ input: null, options: null }, function triggerValue(input) {
  if (input === undefined) return;
  if (typeof input === 'string' && VALUES.includes(input)) return;
  if (typeof input === 'string' && VALUES.includes(input.trim().toLowerCase())) {
    return [{ message: `is "${show(input)}" (values are case-sensitive: use "${input.trim().toLowerCase()}")` }];
  }
  return [{ message: typeof input === 'string' ? `is "${show(input)}"` : `is ${show(input)}, not a string` }];
});

export default defineRule('ppc-trigger-value', {
  description: 'An operation\'s `x-ms-trigger` is "single" (one item per run) or "batch" (an array of items).',
  message:
    'x-ms-trigger {{error}}; use "single" or "batch", or remove it for an action (the platform rejects other values).',
  severity: 'error',
  formats: [oas2],
  given: OPERATIONS,
  resolved: false,
  then: { field: 'x-ms-trigger', function: triggerValue },
  'x-ppc': {
    requirements: ['trigger-value', 'x-ms-trigger'],
    section: '5',
    sources: ['L-EXT', 'R-SCH-API'],
    validatorMessage: 'The property value must be one of the following: single, batch.',
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'A trigger kind the platform does not know.',
          edits: [
            ...addPolling(),
            { op: 'set', path: pathPointer('/tasks/trigger', 'get', 'x-ms-trigger'), value: 'polling' },
          ],
        },
        {
          description: 'Wrong case.',
          edits: [
            ...addPolling(),
            { op: 'set', path: pathPointer('/tasks/trigger', 'get', 'x-ms-trigger'), value: 'Batch' },
          ],
        },
      ],
      valid: [{ description: 'A batch polling trigger.', edits: addPolling() }],
    },
  },
});
