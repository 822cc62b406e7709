import { oas2 } from '@stoplight/spectral-formats';
import { createRulesetFunction } from '@stoplight/spectral-core';
import { defineRule } from '../../types';
import { quote, show } from '../../utils/guards';

/** Why `value` is not an absolute URL, or undefined when it is one. http(s) URLs also need a host name. */
export function absoluteUrlProblem(value: string): string | undefined {
  if (value !== value.trim() || /\s/.test(value)) return 'has white space';
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(value)) return 'has no scheme (such as "https://")';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not a valid URL';
  }
  if (
    (url.protocol === 'http:' || url.protocol === 'https:') &&
    (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value) || url.hostname === '')
  )
    return 'has no host name';
  return undefined;
}

/** Error text: `"www.contoso.com/support" has no scheme (such as "https://")`. */
export const contactUrlValid = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function contactUrlValid(input) {
    if (input === undefined || input === null) return;
    if (typeof input !== 'string') return [{ message: `${show(input, 40)} is not a string` }];
    if (input.trim() === '') return;
    const problem = absoluteUrlProblem(input);
    return problem ? [{ message: `${quote(input)} ${problem}` }] : undefined;
  },
);

export default defineRule('ppc-contact-url-valid', {
  description: 'The contact URL is an absolute URL such as `https://support.contoso.com`.',
  message:
    "Contact URL {{error}}; give the full address of your support website (Microsoft's validator requires an absolute URL).",
  severity: 'error',
  formats: [oas2],
  given: '$.info.contact.url',
  then: { function: contactUrlValid },
  'x-ppc': {
    requirements: ['contact-url-valid'],
    section: '2.4',
    sources: ['L-SVR UrlNotValid', 'R-SCH-API'],
    validatorMessage: "The 'url' property must be a valid absolute URL.",
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'No scheme.',
          edits: [{ op: 'set', path: '/info/contact/url', value: 'www.contoso.com/support' }],
        },
      ],
      valid: [
        {
          description: 'An https URL.',
          edits: [{ op: 'set', path: '/info/contact/url', value: 'https://www.contoso.com/support' }],
        },
      ],
    },
  },
});
