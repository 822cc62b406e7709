import { oas2 } from '@stoplight/spectral-formats';
import { defineRule } from '../../types';
import { titleEnding } from './title-ends-alphanumeric';

export default defineRule('ppc-title-ends-parenthesis', {
  description:
    'The connector title does not end with `)`: the validator wants a final letter or digit, although some certified titles end with a region suffix such as "(EU)".',
  message:
    "Title {{error}}; prefer a title that ends with a letter or digit (Microsoft's validator asks for an alphanumeric ending; region suffixes in parentheses have been accepted).",
  severity: 'warn',
  formats: [oas2],
  given: '$.info.title',
  then: { function: titleEnding, functionOptions: { flag: 'parenthesis' } },
  'x-ppc': {
    requirements: ['title-ends-alphanumeric'],
    section: '2.2',
    sources: ['L-CS', 'L-SVR ValueMustEndWithAlphanumeric', 'PR#3828', 'CORPUS'],
    validatorMessage: "The 'title' value must end with alphanumeric character.",
    specLevel: 'E/W',
    examples: {
      invalid: [
        {
          description: 'A region suffix in parentheses.',
          edits: [{ op: 'set', path: '/info/title', value: 'Contoso Tasks (EU)' }],
        },
      ],
      valid: [
        {
          description: 'The region as a plain word.',
          edits: [{ op: 'set', path: '/info/title', value: 'Contoso Tasks EU' }],
        },
      ],
    },
  },
});
