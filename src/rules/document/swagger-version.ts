import { createRulesetFunction } from '@stoplight/spectral-core';
import { connectorDefinition } from '../../formats';
import { defineRule } from '../../types';
import { isObject, quote, show } from '../../utils/guards';

/**
 * `swagger` must be the string "2.0". Runs on any document that looks like an API definition (the
 * `connectorDefinition` format), so that OpenAPI 3 documents and documents without `swagger` are reported too.
 * Error text: `is missing`, `is "3.0"`, `is the number 2 (not the string "2.0")`, `is missing (the document is OpenAPI
 * "3.0.1")`.
 */
/** "a number", "an array", "an object"; nothing for null, which says what it is. */
function kindOf(value: unknown): string | undefined {
  if (value === null) return undefined;
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

export const swaggerVersion = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function swaggerVersion(input) {
    if (!isObject(input)) return;
    const version = input.swagger;
    if (version === '2.0') return;
    if (version === undefined) {
      if ('openapi' in input)
        return [{ message: `is missing (the document is OpenAPI ${quote(input.openapi)})`, path: ['openapi'] }];
      return [{ message: 'is missing', path: [] }];
    }
    if (typeof version === 'string') return [{ message: `is ${quote(version)}`, path: ['swagger'] }];
    const kind = kindOf(version);
    return [{ message: `is ${show(version)} (${kind ? `${kind}, ` : ''}not the string "2.0")`, path: ['swagger'] }];
  },
);

export default defineRule('ppc-swagger-version', {
  description: 'The definition declares `"swagger": "2.0"` (Power Platform supports only Swagger 2.0, not OpenAPI 3).',
  message:
    'The swagger version {{error}}; set "swagger": "2.0" and write the definition in Swagger 2.0 (Power Platform imports only OpenAPI 2.0).',
  severity: 'error',
  formats: [connectorDefinition],
  // Whole document: a missing `swagger` is the finding, so the rule looks at the root.
  given: '$',
  then: { function: swaggerVersion },
  'x-ppc': {
    requirements: ['swagger-version', 'limit-openapi-version'],
    section: '2.1',
    sources: ['L-SVR SpecificationVersionIncorrect', 'L-FAQ', 'L-OAD', 'R-SCH-API', 'PR#1877', '5000.2.6.2 (PR#3847)'],
    validatorMessage: 'The \'swagger\' property must have the string value "2.0".',
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        { description: 'A number instead of the string "2.0".', edits: [{ op: 'set', path: '/swagger', value: 2 }] },
        {
          description: 'An OpenAPI 3 document.',
          edits: [
            { op: 'remove', path: '/swagger' },
            { op: 'set', path: '/openapi', value: '3.0.1' },
          ],
        },
      ],
      valid: [{ description: 'The string "2.0".', edits: [{ op: 'set', path: '/swagger', value: '2.0' }] }],
    },
  },
});
