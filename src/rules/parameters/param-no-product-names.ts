import { oas2 } from '@stoplight/spectral-formats';
import { paramFunction, type ParamFinding } from '../../functions/params-function';
import { PARAMETERS } from '../../collections';
import { defineRule } from '../../types';
import { quote } from '../../utils/guards';
import { paramName } from '../../utils/params-context';
import { findProductName } from '../../utils/words';

const paramNoProductNames = paramFunction('paramNoProductNames', (param, { hidden }) => {
  if (hidden()) return undefined;
  const found: ParamFinding[] = [];
  for (const field of ['x-ms-summary', 'description']) {
    const text = param[field];
    const name = typeof text === 'string' ? findProductName(text) : undefined;
    if (name !== undefined)
      found.push({ message: `${paramName(param)} has ${field} ${quote(text)} naming ${quote(name)}`, path: [field] });
  }
  return found;
});

export default defineRule('ppc-param-no-product-names', {
  description:
    'Parameter labels and descriptions do not name Microsoft products (Power Apps, Power Automate, Logic Apps, ...).',
  message: 'Parameter {{error}}; remove the product name (Microsoft rejects product names in connector strings).',
  severity: 'error',
  formats: [oas2],
  given: PARAMETERS,
  then: { function: paramNoProductNames },
  'x-ppc': {
    requirements: ['param-no-product-names'],
    section: '6',
    sources: ['L-CS', 'DP', 'L-SVR ValueContainsRestrictedWords'],
    validatorMessage:
      "The value '{0}' contains at least one of the restricted words: 'power apps, power automate, logic apps'.",
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A product name in the description.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1tasks/get/parameters/0/description',
              value: 'The status to filter by in Power Automate.',
            },
          ],
        },
      ],
      valid: [
        {
          description: 'No product name.',
          edits: [
            { op: 'set', path: '/paths/~1tasks/get/parameters/0/description', value: 'The status to filter by.' },
          ],
        },
      ],
    },
  },
});
