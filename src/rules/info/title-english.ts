import { oas2 } from '@stoplight/spectral-formats';
import { english } from '../../functions/english';
import { defineRule } from '../../types';

export default defineRule('ppc-title-english', {
  description:
    'The connector title is written in English: letters of the Latin alphabet, not mostly accented ones (a heuristic; it cannot tell English from other Latin-script languages in a short title).',
  message: 'Title {{error}}; write the title in English (Microsoft rejects titles that are not in English).',
  severity: 'error',
  formats: [oas2],
  given: '$.info.title',
  then: { function: english, functionOptions: { kind: 'name' } },
  'x-ppc': {
    requirements: ['title-english'],
    section: '2.2',
    sources: ['L-CS', 'L-SVR ValueMustBeInEnglish'],
    validatorMessage: "The 'title' value must be written in English.",
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A title in Cyrillic script.',
          edits: [{ op: 'set', path: '/info/title', value: 'Контосо Задачи' }],
        },
      ],
      valid: [
        { description: 'An English title.', edits: [{ op: 'set', path: '/info/title', value: 'Contoso Tasks' }] },
        {
          description: 'A brand name with a few accented letters.',
          edits: [{ op: 'set', path: '/info/title', value: 'Brønnøysund Registers' }],
        },
      ],
    },
  },
});
