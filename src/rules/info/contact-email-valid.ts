import { oas2 } from '@stoplight/spectral-formats';
import { createRulesetFunction } from '@stoplight/spectral-core';
import { defineRule } from '../../types';
import { quote, show } from '../../utils/guards';

const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/** Why `value` is not a plain ASCII e-mail address, or undefined when it is one. */
export function emailProblem(value: string): string | undefined {
  if (/^mailto:/i.test(value)) return 'starts with "mailto:"';
  if (value !== value.trim()) return 'has leading or trailing white space';
  if (/[^\x21-\x7e]/.test(value)) return 'has spaces or non-ASCII characters';
  const at = value.lastIndexOf('@');
  if (at <= 0 || at === value.length - 1) return 'has no "@" between a name and a domain';
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (local.length > 64 || !LOCAL.test(local)) return 'has an invalid name before "@"';
  const labels = domain.split('.');
  if (
    domain.length > 253 ||
    labels.length < 2 ||
    !labels.every((l) => LABEL.test(l)) ||
    !/^[A-Za-z]{2,}$/.test(labels[labels.length - 1])
  ) {
    return 'has an invalid domain';
  }
  return undefined;
}

/**
 * Error text: `"support at contoso.com" has no "@" between a name and a domain`. Blank values are left to
 * `ppc-contact-email-required`.
 */
export const contactEmailValid = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function contactEmailValid(input) {
    if (input === undefined || input === null) return;
    if (typeof input !== 'string') return [{ message: `${show(input, 40)} is not a string` }];
    if (input.trim() === '') return;
    const problem = emailProblem(input);
    return problem ? [{ message: `${quote(input)} ${problem}` }] : undefined;
  },
);

export default defineRule('ppc-contact-email-valid', {
  description: 'The contact e-mail is a valid ASCII e-mail address such as `support@contoso.com`.',
  message:
    'Contact e-mail {{error}}; give a plain address such as support@contoso.com (Microsoft rejects invalid contact e-mails).',
  severity: 'error',
  formats: [oas2],
  given: '$.info.contact.email',
  then: { function: contactEmailValid },
  'x-ppc': {
    requirements: ['contact-email-valid'],
    section: '2.4',
    sources: ['L-SVR ContactEmailNotValid', 'R-SCH-API'],
    specLevel: 'E',
    examples: {
      invalid: [
        { description: 'No "@".', edits: [{ op: 'set', path: '/info/contact/email', value: 'support.contoso.com' }] },
        {
          description: 'A mailto link.',
          edits: [{ op: 'set', path: '/info/contact/email', value: 'mailto:support@contoso.com' }],
        },
      ],
      valid: [
        {
          description: 'A plain address.',
          edits: [{ op: 'set', path: '/info/contact/email', value: 'support@contoso.com' }],
        },
      ],
    },
  },
});
