import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { visiblePattern } from '../../functions/visible-pattern';
import { defineRule } from '../../types';
import { API_CONNECTOR_PATTERN } from '../../utils/words';

export default defineRule('ppc-summary-no-api-connector', {
  description:
    'Operation summaries do not use the words "API" or "Connector" (the live certification guidance bans them, like product names).',
  message:
    'Summary {{error}}; describe what the action does for the user instead of naming the API or connector (Microsoft certification guidance).',
  severity: 'warn',
  formats: [oas2],
  given: `${OPERATIONS}.summary`,
  then: { function: visiblePattern, functionOptions: { notMatch: API_CONNECTOR_PATTERN.source, flags: 'i' } },
  'x-ppc': {
    requirements: ['summary-no-product-names'],
    section: '3',
    sources: ['L-CS (live)', 'DP'],
    specLevel: 'W',
    examples: {
      invalid: [
        {
          description: 'The word "API" in the summary.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/summary', value: 'List tasks from the API' }],
        },
      ],
      valid: [
        {
          description: '"API" inside a longer word is fine.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/summary', value: 'List rapid tasks' }],
        },
      ],
    },
  },
});
