import { oas2 } from '@stoplight/spectral-formats';
import { visibleLength } from '../../functions/visible-length';
import { defineRule } from '../../types';

export default defineRule('ppc-title-max-length', {
  description: 'The connector title is at most 30 characters long.',
  message: 'Title {{error}}; shorten it to 30 characters or fewer (Microsoft rejects longer titles).',
  severity: 'error',
  formats: [oas2],
  given: '$.info.title',
  then: { function: visibleLength, functionOptions: { max: 30 } },
  'x-ppc': {
    requirements: ['title-max-length', 'limit-title'],
    section: '2.2',
    sources: ['L-CS', 'L-STR', 'L-SVR FieldLengthExceeded', 'PR#3407', 'PR#3828'],
    validatorMessage: "The 'title' value goes over the character limit '30'",
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A 41-character title.',
          edits: [{ op: 'set', path: '/info/title', value: 'Contoso Enterprise Task Management Suite' }],
        },
      ],
      valid: [
        { description: 'A 13-character title.', edits: [{ op: 'set', path: '/info/title', value: 'Contoso Tasks' }] },
      ],
    },
  },
});
