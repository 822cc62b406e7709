import { oas2 } from '@stoplight/spectral-formats';
import { visibleRequired } from '../../functions/visible-required';
import { defineRule } from '../../types';

export default defineRule('ppc-title-required', {
  description: 'The connector title `info.title` is present and not empty.',
  message:
    'info.title {{error}}; give the connector a title (the product or organization name, at most 30 characters).',
  severity: 'error',
  formats: [oas2],
  given: '$.info',
  then: { field: 'title', function: visibleRequired },
  'x-ppc': {
    requirements: ['title-required'],
    section: '2.2',
    sources: ['L-CS', 'L-SVR RequiredPropertyMissing', 'L-SVR RequiredValueEmpty'],
    validatorMessage: "The 'title' property is required.",
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [{ description: 'An empty title.', edits: [{ op: 'set', path: '/info/title', value: '' }] }],
      valid: [
        { description: 'A short product name.', edits: [{ op: 'set', path: '/info/title', value: 'Contoso Tasks' }] },
      ],
    },
  },
});
