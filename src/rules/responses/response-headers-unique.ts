import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { isObject, quote } from '../../utils/guards';

const headersUnique = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function headersUnique(input, _options, context) {
    if (!isObject(input)) return;
    const first = new Map<string, string>();
    const results = [];
    for (const name of Object.keys(input)) {
      const key = name.trim().toLowerCase();
      const earlier = first.get(key);
      if (earlier === undefined) first.set(key, name);
      else results.push({ message: `${quote(name)} repeats ${quote(earlier)}`, path: [...context.path, name] });
    }
    return results;
  },
);

export default defineRule('ppc-response-headers-unique', {
  description: 'The headers of a response are unique (HTTP header names are compared without regard to case).',
  message: 'Response header {{error}}; keep one definition per header (Microsoft rejects duplicate response headers).',
  severity: 'error',
  formats: [oas2],
  given: [`${OPERATIONS}.responses[*].headers`, '$.responses[*].headers'],
  resolved: false,
  then: { function: headersUnique },
  'x-ppc': {
    requirements: ['response-headers-unique'],
    section: '7',
    sources: ['L-SVR ResponseHeadersAreNotUnique'],
    validatorMessage: 'ResponseHeadersAreNotUnique',
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'The same header twice, in different case.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1tasks/get/responses/200/headers',
              value: {
                'X-Total-Count': { type: 'integer', description: 'Total tasks.' },
                'x-total-count': { type: 'integer', description: 'Total tasks.' },
              },
            },
          ],
        },
      ],
      valid: [
        {
          description: 'Two different headers.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1tasks/get/responses/200/headers',
              value: {
                'X-Total-Count': { type: 'integer', description: 'Total tasks.' },
                'X-Page': { type: 'integer', description: 'The page.' },
              },
            },
          ],
        },
      ],
    },
  },
});
