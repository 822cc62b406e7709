import { schemaRule, type Finding } from '../../model/rules';
import { oas2 } from '@stoplight/spectral-formats';
import { SCHEMAS } from '../../collections';
import { defineRule } from '../../types';
import { quote } from '../../utils/guards';

/**
 * The Swagger 2.0 schema keywords that Microsoft's repository schema (`schemas/apiDefinition.swagger.schema.json`,
 * definitions `schema` / `schema-dynamic-allowed`) accepts; anything else except `x-*` extensions is rejected.
 * `uniqueItems` is in the repository schema and merged connectors use it on arrays, so it is accepted there; the
 * validator documentation's example of an unsupported keyword is `uniqueItems` where it means nothing (not an array).
 */
export const SUPPORTED_SCHEMA_KEYWORDS: ReadonlySet<string> = new Set([
  '$ref',
  'format',
  'title',
  'description',
  'default',
  'multipleOf',
  'maximum',
  'exclusiveMaximum',
  'minimum',
  'exclusiveMinimum',
  'maxLength',
  'minLength',
  'pattern',
  'maxItems',
  'minItems',
  'maxProperties',
  'minProperties',
  'required',
  'enum',
  'additionalProperties',
  'type',
  'items',
  'allOf',
  'properties',
  'discriminator',
  'readOnly',
  'xml',
  'externalDocs',
  'example',
]);

/** What to say about well-known keywords from JSON Schema / OpenAPI 3 that Swagger 2.0 connectors cannot use. */
const ADVICE: Record<string, string> = {
  uniqueItems:
    'it applies to arrays only; remove it here (the validator names a misplaced `uniqueItems` as unsupported)',
  oneOf: 'use a single schema, `allOf`, or x-ms-dynamic-schema',
  anyOf: 'use a single schema, `allOf`, or x-ms-dynamic-schema',
  not: 'remove it',
  nullable: 'use the `x-nullable` extension or remove it',
  const: 'use a one-value `enum`',
  examples: 'use a single `example`',
  $schema: 'remove it',
  id: 'remove it',
  definitions: 'move nested definitions to the root `definitions`',
  patternProperties: 'use `additionalProperties`',
};

function isArraySchema(schema: Record<string, unknown>): boolean {
  return schema.type === 'array' || (schema.type === undefined && schema.items !== undefined);
}

const keywordSupported = schemaRule('keywordSupported', 'written', (v) => {
  const results: Finding[] = [];
  if (v.role === 'parameter') return results; // a non-body parameter's `items` is not a Swagger schema object
  for (const key of Object.keys(v.schema)) {
    if (
      key.startsWith('x-') ||
      SUPPORTED_SCHEMA_KEYWORDS.has(key) ||
      (key === 'uniqueItems' && isArraySchema(v.schema))
    )
      continue;
    const advice = Object.prototype.hasOwnProperty.call(ADVICE, key)
      ? ADVICE[key]
      : 'remove it or rename it to an `x-` extension';
    results.push({ message: `${quote(key)} is not a supported schema keyword; ${advice}`, path: [...v.path, key] });
  }
  return results;
});

export default defineRule('ppc-schema-keyword-supported', {
  description:
    'Schemas use only the Swagger 2.0 keywords the platform supports (plus `x-` extensions); `oneOf`, `nullable` and the like are rejected; `uniqueItems` is accepted on arrays only.',
  message: '{{error}} (Microsoft rejects unsupported schema keywords).',
  severity: 'error',
  formats: [oas2],
  given: SCHEMAS,
  resolved: false,
  then: { function: keywordSupported },
  'x-ppc': {
    requirements: ['schema-keyword-supported'],
    section: '7',
    sources: ['L-SVR SwaggerKeywordNotSupported', 'R-SCH-API'],
    validatorMessage: "The '{0}' keyword is not supported.",
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: '`nullable` from OpenAPI 3.',
          edits: [{ op: 'set', path: '/definitions/Task/properties/dueDate/nullable', value: true }],
        },
        {
          description: '`uniqueItems` on a string.',
          edits: [{ op: 'set', path: '/definitions/Task/properties/dueDate/uniqueItems', value: true }],
        },
      ],
      valid: [
        {
          description: 'The `x-nullable` extension instead.',
          edits: [{ op: 'set', path: '/definitions/Task/properties/dueDate/x-nullable', value: true }],
        },
        {
          description: '`uniqueItems` on an array.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/responses/200/schema/uniqueItems', value: true }],
        },
      ],
    },
  },
});
