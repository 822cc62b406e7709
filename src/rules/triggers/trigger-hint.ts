import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { isObject } from '../../utils/guards';
import { isTrigger } from '../../model';
import { isInternal } from '../../model/visibility';
import { addPolling, pathPointer } from './example-edits';

const triggerHint = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function triggerHint(input, _options, context) {
    if (!isObject(input) || !isTrigger(input) || isInternal(input)) return;
    const hint = input['x-ms-trigger-hint'];
    if (hint === undefined) return [{ message: 'has no x-ms-trigger-hint' }];
    if (typeof hint !== 'string') return; // ppc-x-ms-trigger-hint-type reports the type
    if (hint.trim() === '')
      return [{ message: 'has an empty x-ms-trigger-hint', path: [...context.path, 'x-ms-trigger-hint'] }];
    return;
  },
);

export default defineRule('ppc-trigger-hint', {
  description: 'A visible trigger has an `x-ms-trigger-hint` string that tells makers how to fire the event.',
  message:
    'Trigger {{error}}; add a short hint such as "To see it work, create a task." (shown in the designer while testing a flow).',
  severity: 'info',
  formats: [oas2],
  given: OPERATIONS,
  resolved: false,
  then: { function: triggerHint },
  'x-ppc': {
    requirements: ['trigger-hint'],
    section: '5',
    sources: ['L-EXT'],
    specLevel: 'I',
    examples: {
      invalid: [
        {
          description: 'A trigger without a hint.',
          edits: [...addPolling(), { op: 'remove', path: pathPointer('/tasks/trigger', 'get', 'x-ms-trigger-hint') }],
        },
      ],
      valid: [{ description: 'A trigger with a hint.', edits: addPolling() }],
    },
  },
});
