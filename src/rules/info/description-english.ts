import { oas2 } from '@stoplight/spectral-formats';
import { english } from '../../functions/english';
import { defineRule } from '../../types';

export default defineRule('ppc-description-english', {
  description:
    'The connector description is written in English (a conservative heuristic: it flags other scripts, mostly accented text and common French, German, Spanish, Dutch, Italian and Swedish function words; it does not check spelling).',
  message:
    'Description {{error}}; write the description in English (Microsoft rejects descriptions that are not in English).',
  severity: 'error',
  formats: [oas2],
  given: '$.info.description',
  then: { function: english, functionOptions: { kind: 'text' } },
  'x-ppc': {
    requirements: ['description-english'],
    section: '2.3',
    sources: ['L-CS', 'L-SVR ValueMustBeInEnglish'],
    validatorMessage: "The 'description' value must be written in English.",
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A German description.',
          edits: [
            {
              op: 'set',
              path: '/info/description',
              value: 'Mit Contoso Tasks können Sie die Aufgaben Ihres Teams erstellen und verwalten, auch unterwegs.',
            },
          ],
        },
        {
          description: 'A description in Japanese.',
          edits: [
            {
              op: 'set',
              path: '/info/description',
              value: 'Contoso Tasks はチームの作業項目を管理するサービスです。タスクを作成、一覧表示、更新できます。',
            },
          ],
        },
      ],
      valid: [
        {
          description: 'An English description.',
          edits: [
            {
              op: 'set',
              path: '/info/description',
              value: 'Contoso Tasks keeps track of team work items. Create, list and complete tasks.',
            },
          ],
        },
      ],
    },
  },
});
