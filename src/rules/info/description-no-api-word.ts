import { oas2 } from '@stoplight/spectral-formats';
import { visiblePattern } from '../../functions/visible-pattern';
import { defineRule } from '../../types';

export default defineRule('ppc-description-no-api-word', {
  description: 'The connector description does not use the word "API": it tells users what the service does.',
  message:
    'Description {{error}}; say what the service does for users instead (Microsoft\'s string guidance avoids "API" in descriptions).',
  severity: 'warn',
  formats: [oas2],
  given: '$.info.description',
  then: { function: visiblePattern, functionOptions: { notMatch: '\\bAPIs?\\b', flags: 'i' } },
  'x-ppc': {
    requirements: ['description-no-api-word'],
    section: '2.3',
    sources: ['L-STR', 'SK'],
    specLevel: 'W',
    examples: {
      invalid: [
        {
          description: 'The word "API".',
          edits: [
            { op: 'set', path: '/info/description', value: 'The Contoso Tasks API lets you manage team work items.' },
          ],
        },
      ],
      valid: [
        {
          description: 'What the service does.',
          edits: [{ op: 'set', path: '/info/description', value: 'Contoso Tasks keeps track of team work items.' }],
        },
      ],
    },
  },
});
