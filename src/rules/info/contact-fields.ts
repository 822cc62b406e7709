import { oas2 } from '@stoplight/spectral-formats';
import { createRulesetFunction } from '@stoplight/spectral-core';
import { defineRule } from '../../types';
import { isNonEmptyString, isObject } from '../../utils/guards';

export interface ContactFieldsOptions {
  fields: Array<'name' | 'url' | 'email'>;
}

const MEANING: Record<string, string> = {
  name: 'the support team',
  url: 'the support website',
  email: 'the support e-mail',
};

/**
 * Missing or blank contact fields. A missing contact is left to `ppc-contact-required`.
 * Error text: `has no "url" (the support website)`, `has an empty "email" (the support e-mail)`.
 */
export const contactFields = createRulesetFunction<unknown, ContactFieldsOptions>(
  {
    input: null,
    options: {
      type: 'object',
      additionalProperties: false,
      required: ['fields'],
      properties: { fields: { type: 'array', items: { enum: ['name', 'url', 'email'] } } },
    },
  },
  function contactFields(contact, options, context) {
    if (!isObject(contact)) return;
    const results = [];
    for (const field of options.fields) {
      const value = contact[field];
      if (isNonEmptyString(value)) continue;
      const what =
        value === undefined || value === null ? 'no' : typeof value === 'string' ? 'an empty' : 'a non-string';
      results.push({
        message: `has ${what} "${field}" (${MEANING[field] ?? field})`,
        path: value === undefined ? [...context.path] : [...context.path, field],
      });
    }
    return results;
  },
);

export default defineRule('ppc-contact-fields', {
  description:
    'The contact names the support team (`name`) and the support website (`url`); `ppc-contact-email-required` checks the e-mail.',
  message: 'info.contact {{error}}; add it (certification asks for the support team, website and e-mail).',
  severity: 'warn',
  formats: [oas2],
  given: '$.info.contact',
  then: { function: contactFields, functionOptions: { fields: ['name', 'url'] } },
  'x-ppc': {
    requirements: ['contact-fields'],
    section: '2.4',
    sources: ['L-CS 3b', 'L-IP', 'R-TPL-C', 'R-TPL-IP'],
    specLevel: 'W',
    examples: {
      invalid: [{ description: 'A contact without a website.', edits: [{ op: 'remove', path: '/info/contact/url' }] }],
      valid: [
        {
          description: 'Support name, website and e-mail.',
          edits: [
            {
              op: 'set',
              path: '/info/contact',
              value: { name: 'Contoso Support', url: 'https://support.contoso.com', email: 'support@contoso.com' },
            },
          ],
        },
      ],
    },
  },
});
