import { oas2 } from '@stoplight/spectral-formats';
import { visiblePattern } from '../../functions/visible-pattern';
import { defineRule } from '../../types';
import { API_CONNECTOR_PATTERN } from '../../utils/words';

export default defineRule('ppc-title-no-api-connector', {
  description: 'The connector title does not contain the words "API" or "Connector".',
  message: 'Title {{error}}; remove it (Microsoft rejects titles with "API" or "Connector").',
  severity: 'error',
  formats: [oas2],
  given: '$.info.title',
  then: { function: visiblePattern, functionOptions: { notMatch: API_CONNECTOR_PATTERN.source, flags: 'i' } },
  'x-ppc': {
    requirements: ['title-no-api-connector'],
    section: '2.2',
    sources: ['L-CS', 'L-STR', 'PR#3407', 'PR#4041'],
    validatorMessage: "The value 'title' contains at least one of the restricted words: 'api, connector'.",
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'The word "API" in the title.',
          edits: [{ op: 'set', path: '/info/title', value: 'Contoso Tasks API' }],
        },
        {
          description: 'The word "Connector" in the title.',
          edits: [{ op: 'set', path: '/info/title', value: 'Contoso Connector' }],
        },
      ],
      valid: [
        {
          description: '"API" inside a longer word is fine.',
          edits: [{ op: 'set', path: '/info/title', value: 'Rapido Tasks' }],
        },
      ],
    },
  },
});
