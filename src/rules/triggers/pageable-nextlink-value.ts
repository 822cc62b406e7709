import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { isObject, quote } from '../../utils/guards';

const ALLOWED = ['nextLink', '@odata.nextLink'];

const nextLinkValue = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function pageableNextLinkValue(input, _options, context) {
    if (!isObject(input) || typeof input.nextLinkName !== 'string') return;
    if (ALLOWED.includes(input.nextLinkName)) return;
    return [{ message: `${quote(input.nextLinkName)} is not supported`, path: [...context.path, 'nextLinkName'] }];
  },
);

export default defineRule('ppc-pageable-nextlink-value', {
  description: '`x-ms-pageable.nextLinkName` is "nextLink" or "@odata.nextLink" (case-sensitive).',
  message:
    'x-ms-pageable.nextLinkName {{error}}; use "nextLink" or "@odata.nextLink" and return the next page URL in that response property (Microsoft rejects other names: InvalidNextLinkNameValue).',
  severity: 'error',
  formats: [oas2],
  given: OPERATIONS,
  resolved: false,
  then: { field: 'x-ms-pageable', function: nextLinkValue },
  'x-ppc': {
    requirements: ['pageable-nextlink-value', 'x-ms-pageable'],
    section: '5',
    sources: ['L-SVR InvalidNextLinkNameValue'],
    validatorMessage: "Supported values are 'nextLink' or '@odata.nextLink'.",
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'Lower-case "nextlink".',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/x-ms-pageable', value: { nextLinkName: 'nextlink' } }],
        },
      ],
      valid: [
        {
          description: '"@odata.nextLink".',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/x-ms-pageable', value: { nextLinkName: '@odata.nextLink' } }],
        },
      ],
    },
  },
});
