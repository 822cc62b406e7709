import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { english } from '../../functions/english';

export default defineRule('ppc-summary-english', {
  description:
    'Operation summaries are written in English. Conservative check: it flags letters of non-Latin scripts, and summaries with several French, Spanish, Portuguese, German, Dutch or Italian function words or accents and no English function word.',
  message:
    'Summary {{error}}; write summaries in English (Microsoft rejects non-English values: ValueMustBeInEnglish).',
  severity: 'error',
  formats: [oas2],
  given: `${OPERATIONS}.summary`,
  then: { function: english, functionOptions: { kind: 'phrase' } },
  'x-ppc': {
    requirements: ['summary-english'],
    section: '3',
    sources: ['L-CS', 'L-EXT', 'L-STR', 'L-SVR ValueMustBeInEnglish'],
    validatorMessage: "The '{0}' value must be written in English.",
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A French summary.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/summary', value: 'Créer une tâche' }],
        },
        {
          description: 'A Japanese summary.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/summary', value: 'タスクを一覧表示' }],
        },
      ],
      valid: [
        {
          description: 'An English summary with a borrowed word.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/summary', value: 'List café orders' }],
        },
      ],
    },
  },
});
