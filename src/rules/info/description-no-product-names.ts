import { oas2 } from '@stoplight/spectral-formats';
import { visiblePattern } from '../../functions/visible-pattern';
import { defineRule } from '../../types';
import { PRODUCT_NAMES_PATTERN } from '../../utils/words';

export default defineRule('ppc-description-no-product-names', {
  description:
    'The connector description does not name a Microsoft product (Power Apps, Power Automate, Logic Apps, Power Platform, Copilot Studio, Microsoft Flow).',
  message:
    'Description {{error}}; describe your service without naming the product (Microsoft rejects descriptions that name Power Platform products).',
  severity: 'error',
  formats: [oas2],
  given: '$.info.description',
  then: { function: visiblePattern, functionOptions: { notMatch: PRODUCT_NAMES_PATTERN.source, flags: 'i' } },
  'x-ppc': {
    requirements: ['description-no-product-names'],
    section: '2.3',
    sources: ['L-CS', 'PR#550', 'PR#3407'],
    validatorMessage:
      "The value 'description' contains at least one of the restricted words: 'power apps, power automate, logic apps'.",
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A description naming Power Automate.',
          edits: [
            {
              op: 'set',
              path: '/info/description',
              value: 'Use Contoso Tasks in Power Automate to track team work items.',
            },
          ],
        },
      ],
      valid: [
        {
          description: 'A description of the service alone.',
          edits: [{ op: 'set', path: '/info/description', value: 'Contoso Tasks keeps track of team work items.' }],
        },
      ],
    },
  },
});
