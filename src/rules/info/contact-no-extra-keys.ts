import { oas2 } from '@stoplight/spectral-formats';
import { createRulesetFunction } from '@stoplight/spectral-core';
import { defineRule } from '../../types';
import { isObject, quote } from '../../utils/guards';

const CONTACT_KEYS = ['name', 'url', 'email'];

/** Error text: `has "phone"`, `has "x-ms-team"`. */
export const contactNoExtraKeys = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function contactNoExtraKeys(contact, _options, context) {
    if (!isObject(contact)) return;
    const results = [];
    for (const key of Object.keys(contact)) {
      if (CONTACT_KEYS.includes(key)) continue;
      const lower = key.toLowerCase();
      if (lower.startsWith('x-') && !lower.startsWith('x-ms-')) continue;
      const sameButCase = CONTACT_KEYS.find((k) => k === lower);
      const hint = sameButCase
        ? ` (did you mean ${quote(sameButCase)}?)`
        : lower.startsWith('x-ms-')
          ? ' (no x-ms- extension applies here)'
          : '';
      results.push({ message: `has ${quote(key)}${hint}`, path: [...context.path, key] });
    }
    return results;
  },
);

export default defineRule('ppc-contact-no-extra-keys', {
  description: 'The contact has only `name`, `url`, `email` and `x-` extensions other than `x-ms-*`.',
  message:
    'info.contact {{error}}; remove it or prefix it with "x-" (the repo schema allows only name, url and email).',
  severity: 'error',
  formats: [oas2],
  given: '$.info.contact',
  then: { function: contactNoExtraKeys },
  'x-ppc': {
    requirements: ['contact-no-extra-keys'],
    section: '2.4',
    sources: ['R-SCH-API', 'L-SVR AdditionalPropertyNotAllowed'],
    validatorMessage: "The property '{0}' is not allowed and must be removed.",
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A phone number.',
          edits: [{ op: 'set', path: '/info/contact/phone', value: '+1 425 555 0100' }],
        },
      ],
      valid: [
        {
          description: 'A custom `x-` key.',
          edits: [{ op: 'set', path: '/info/contact/x-phone', value: '+1 425 555 0100' }],
        },
      ],
    },
  },
});
