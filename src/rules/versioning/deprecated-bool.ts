import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { show } from '../../utils/guards';

const deprecatedBool = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function deprecatedBool(input) {
    if (input === undefined || typeof input === 'boolean') return;
    return [{ message: typeof input === 'string' ? `is the string "${show(input)}"` : `is ${show(input)}` }];
  },
);

export default defineRule('ppc-deprecated-bool', {
  description: "An operation's `deprecated` is a JSON boolean.",
  message: 'deprecated {{error}}; use true or false without quotes (the schema requires a boolean).',
  severity: 'error',
  formats: [oas2],
  given: OPERATIONS,
  resolved: false,
  then: { field: 'deprecated', function: deprecatedBool },
  'x-ppc': {
    requirements: ['deprecated-bool'],
    section: '4',
    sources: ['R-SCH-API'],
    validatorMessage: 'JsonTypeIncorrect',
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'The string "true".',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/deprecated', value: 'true' }],
        },
      ],
      valid: [
        {
          description: 'The boolean true.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/deprecated', value: true }],
        },
      ],
    },
  },
});
