import { oas2 } from '@stoplight/spectral-formats';
import { createRulesetFunction } from '@stoplight/spectral-core';
import { defineRule } from '../../types';
import { isObject, quote } from '../../utils/guards';

/** The root properties of a Swagger 2.0 document. */
export const SWAGGER_ROOT_KEYS = [
  'swagger',
  'info',
  'host',
  'basePath',
  'schemes',
  'consumes',
  'produces',
  'paths',
  'definitions',
  'parameters',
  'responses',
  'securityDefinitions',
  'security',
  'tags',
  'externalDocs',
] as const;

const OPENAPI3_KEYS = new Set(['openapi', 'servers', 'components', 'webhooks', 'jsonSchemaDialect']);

/**
 * Root keys that are neither Swagger 2.0 properties nor `x-` extensions.
 * Error text: `"basepath" is not a Swagger 2.0 property (did you mean "basePath"?)`.
 */
export const rootNoUnknownKeys = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function rootNoUnknownKeys(input) {
    if (!isObject(input)) return;
    const known = SWAGGER_ROOT_KEYS as readonly string[];
    const results = [];
    for (const key of Object.keys(input)) {
      if (known.includes(key) || key.toLowerCase().startsWith('x-')) continue;
      const sameButCase = known.find((k) => k.toLowerCase() === key.toLowerCase());
      const hint = sameButCase
        ? ` (did you mean ${quote(sameButCase)}?)`
        : OPENAPI3_KEYS.has(key)
          ? ' (it is an OpenAPI 3 property)'
          : '';
      results.push({ message: `${quote(key)} is not a Swagger 2.0 property${hint}`, path: [key] });
    }
    return results;
  },
);

export default defineRule('ppc-root-no-unknown-keys', {
  description: 'The document root holds only Swagger 2.0 properties and `x-` extensions.',
  message:
    'Root key {{error}}; remove or rename it, or prefix a custom key with "x-" (Microsoft rejects unknown root properties).',
  severity: 'error',
  formats: [oas2],
  // Whole document: it checks the root object's own keys.
  given: '$',
  resolved: false,
  then: { function: rootNoUnknownKeys },
  'x-ppc': {
    requirements: ['root-no-unknown-keys'],
    section: '2.1',
    sources: ['L-SVR AdditionalPropertyNotAllowed', 'L-SVR ExtensionNameNotValid', 'R-SCH-API'],
    validatorMessage: "The property '{0}' is not allowed and must be removed.",
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A misspelt `basePath`.',
          edits: [
            { op: 'remove', path: '/basePath' },
            { op: 'set', path: '/basepath', value: '/v1' },
          ],
        },
        {
          description: 'A custom key without the `x-` prefix.',
          edits: [{ op: 'set', path: '/generator', value: 'contoso-tools' }],
        },
      ],
      valid: [
        {
          description: 'A custom key with the `x-` prefix.',
          edits: [{ op: 'set', path: '/x-generator', value: 'contoso-tools' }],
        },
      ],
    },
  },
});
