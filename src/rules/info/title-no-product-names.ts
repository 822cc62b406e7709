import { oas2 } from '@stoplight/spectral-formats';
import { visiblePattern } from '../../functions/visible-pattern';
import { defineRule } from '../../types';
import { PRODUCT_NAMES_PATTERN } from '../../utils/words';

export default defineRule('ppc-title-no-product-names', {
  description:
    'The connector title does not name a Microsoft product (Power Apps, Power Automate, Logic Apps, Power Platform, Copilot Studio, Microsoft Flow).',
  message: 'Title {{error}}; remove the product name (Microsoft rejects titles that name Power Platform products).',
  severity: 'error',
  formats: [oas2],
  given: '$.info.title',
  then: { function: visiblePattern, functionOptions: { notMatch: PRODUCT_NAMES_PATTERN.source, flags: 'i' } },
  'x-ppc': {
    requirements: ['title-no-product-names'],
    section: '2.2',
    sources: ['L-CS', 'L-STR'],
    validatorMessage:
      "The value 'title' contains at least one of the restricted words: 'power apps, power automate, logic apps'.",
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A title naming Power Automate.',
          edits: [{ op: 'set', path: '/info/title', value: 'Contoso for Power Automate' }],
        },
        {
          description: 'A title naming Copilot Studio.',
          edits: [{ op: 'set', path: '/info/title', value: 'Contoso Copilot Studio' }],
        },
      ],
      valid: [
        { description: 'The product name alone.', edits: [{ op: 'set', path: '/info/title', value: 'Contoso Tasks' }] },
      ],
    },
  },
});
