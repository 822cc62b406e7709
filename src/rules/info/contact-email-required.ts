import { oas2 } from '@stoplight/spectral-formats';
import { defineRule } from '../../types';
import { contactFields } from './contact-fields';

export default defineRule('ppc-contact-email-required', {
  description: 'The contact gives a support e-mail address (`email`); independent publishers must give one.',
  message:
    'info.contact {{error}}; add the support e-mail address (certification asks for it; independent publishers are rejected without it).',
  severity: 'warn',
  formats: [oas2],
  given: '$.info.contact',
  then: { function: contactFields, functionOptions: { fields: ['email'] } },
  'x-ppc': {
    requirements: ['contact-fields'],
    section: '2.4',
    sources: ['L-CS 3b', 'L-IP ("Add an email to the support email section")', 'R-TPL-IP'],
    specLevel: 'E/W',
    profiles: { 'independent-publisher': 'error' },
    examples: {
      invalid: [
        { description: 'A contact without an e-mail.', edits: [{ op: 'remove', path: '/info/contact/email' }] },
      ],
      valid: [
        {
          description: 'A contact with an e-mail.',
          edits: [{ op: 'set', path: '/info/contact/email', value: 'support@contoso.com' }],
        },
      ],
    },
  },
});
