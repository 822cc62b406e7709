import { oas2 } from '@stoplight/spectral-formats';
import { createRulesetFunction } from '@stoplight/spectral-core';
import { defineRule } from '../../types';
import { isObject, show } from '../../utils/guards';

/** Error text: `is missing`, `is a string, not an object`. */
export const contactRequired = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function contactRequired(info, _options, context) {
    if (!isObject(info)) return;
    const contact = info.contact;
    if (contact === undefined || contact === null) return [{ message: 'is missing', path: [...context.path] }];
    if (!isObject(contact))
      return [
        {
          message: `is ${Array.isArray(contact) ? 'an array' : `${show(contact, 30)} (a ${typeof contact})`}, not an object`,
          path: [...context.path, 'contact'],
        },
      ];
    return;
  },
);

export default defineRule('ppc-contact-required', {
  description: 'The definition has an `info.contact` object with the support contact.',
  message:
    'info.contact {{error}}; add "contact": { "name", "url", "email" } with your support team, website and e-mail (Microsoft requires contact details for certification).',
  severity: 'error',
  formats: [oas2],
  given: '$.info',
  then: { function: contactRequired },
  'x-ppc': {
    requirements: ['contact-required'],
    section: '2.4',
    sources: ['L-CS step 3b', 'PR#1095', 'PR#3465'],
    validatorMessage: "The 'contact' property is required.",
    specLevel: 'E',
    examples: {
      invalid: [{ description: 'No contact.', edits: [{ op: 'remove', path: '/info/contact' }] }],
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
