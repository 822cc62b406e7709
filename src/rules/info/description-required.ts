import { oas2 } from '@stoplight/spectral-formats';
import { visibleRequired } from '../../functions/visible-required';
import { defineRule } from '../../types';

export default defineRule('ppc-description-required', {
  description: 'The connector description `info.description` is present and not empty.',
  message:
    'info.description {{error}}; describe the service and what the connector does for users in 30 to 500 characters.',
  severity: 'error',
  formats: [oas2],
  given: '$.info',
  then: { field: 'description', function: visibleRequired },
  'x-ppc': {
    requirements: ['description-required'],
    section: '2.3',
    sources: ['L-CS', 'PR#3841'],
    validatorMessage: "The 'description' property is required.",
    specLevel: 'E',
    examples: {
      invalid: [
        { description: 'No description.', edits: [{ op: 'remove', path: '/info/description' }] },
        { description: 'A blank description.', edits: [{ op: 'set', path: '/info/description', value: ' ' }] },
      ],
      valid: [
        {
          description: 'A description of the service.',
          edits: [{ op: 'set', path: '/info/description', value: 'Contoso Tasks keeps track of team work items.' }],
        },
      ],
    },
  },
});
