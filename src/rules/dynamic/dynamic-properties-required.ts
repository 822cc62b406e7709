import type { IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { documentFunction } from '../../functions/triggers-document-check';
import { extensionKey } from '../../collections';
import { defineRule } from '../../types';
import { isObject, quote } from '../../utils/guards';
import {
  classifyParameterReference,
  DYNAMIC_PROPERTIES,
  DYNAMIC_SCHEMA,
  dynamicCalls,
} from '../../model/dynamic-calls';
import { extensionSites } from '../../model/extension-sites';
import { operationLabel } from '../../utils/triggers-webhooks';
import { dynamicFields } from './example-edits';

const PROPERTIES_PATH = /(^|\/)properties$/;

export const checkDynamicPropertiesRequired = documentFunction('dynamicPropertiesRequired', (doc) => {
  const results: IFunctionResult[] = [];
  // A value-path into "properties" needs x-ms-dynamic-properties wherever the schema is written.
  for (const site of extensionSites(doc, DYNAMIC_SCHEMA)) {
    const v = site.value;
    if (!isObject(v) || site.holder[DYNAMIC_PROPERTIES] !== undefined) continue;
    if (typeof v['value-path'] === 'string' && PROPERTIES_PATH.test(v['value-path'])) {
      results.push({
        message: `${DYNAMIC_SCHEMA} has "value-path": ${quote(v['value-path'])}, which points into "properties" (DynamicPropertiesExtensionRequiredForPropertiesValuePath)`,
        path: [...site.path, 'value-path'],
      });
    }
  }
  for (const use of dynamicCalls(doc)) {
    const schema = use.holder[DYNAMIC_SCHEMA];
    if (!isObject(schema) || use.holder[DYNAMIC_PROPERTIES] !== undefined || !isObject(schema.parameters)) continue;
    for (const [key, value] of Object.entries(schema.parameters)) {
      if (!isObject(value) || typeof value.parameter !== 'string') continue;
      const kind = classifyParameterReference(doc, use.caller, value.parameter);
      const reason =
        kind.kind === 'body-property'
          ? `refers to ${quote(value.parameter)}, a body property rather than a parameter of ${operationLabel(use.caller)} (DynamicPropertiesExtensionRequiredForNonParameterReferences)`
          : kind.kind === 'parameter' && kind.count > 1
            ? `refers to ${quote(value.parameter)}, which names ${kind.count} parameters of ${operationLabel(use.caller)} (DynamicPropertiesExtensionRequiredForAmbiguousReferences)`
            : undefined;
      if (reason)
        results.push({
          message: `${DYNAMIC_SCHEMA} ${reason}`,
          path: [...use.holderPath, DYNAMIC_SCHEMA, 'parameters', key, 'parameter'],
        });
    }
  }
  return results;
});

export default defineRule('ppc-dynamic-properties-required', {
  description:
    'An `x-ms-dynamic-schema` that reads a body property or an ambiguous name, or whose `value-path` points into `properties`, has an `x-ms-dynamic-properties` beside it.',
  message:
    '{{error}}; add "x-ms-dynamic-properties" with the same operation, { "parameterReference": "<path>" } parameters and the matching "itemValuePath".',
  severity: 'error',
  formats: [oas2],
  given: extensionKey(DYNAMIC_SCHEMA),
  resolved: false,
  then: { function: checkDynamicPropertiesRequired },
  'x-ppc': {
    requirements: ['x-ms-dynamic-properties'],
    section: '9',
    sources: [
      'L-EXT',
      'L-SVR DynamicPropertiesExtensionRequiredForAmbiguousReferences',
      'L-SVR DynamicPropertiesExtensionRequiredForNonParameterReferences',
      'L-SVR DynamicPropertiesExtensionRequiredForPropertiesValuePath',
    ],
    validatorMessage:
      'DynamicPropertiesExtensionRequiredForPropertiesValuePath / …ForNonParameterReferences / …ForAmbiguousReferences',
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A value-path into "properties" without x-ms-dynamic-properties.',
          edits: dynamicFields({ 'value-path': 'schema/properties' }),
        },
        {
          description: 'A reference to the body property "title".',
          edits: dynamicFields({ parameters: { kind: { parameter: 'title' } } }),
        },
      ],
      valid: [
        {
          description: 'x-ms-dynamic-properties beside the value-path into "properties".',
          edits: dynamicFields(
            { 'value-path': 'schema/properties' },
            {
              'x-ms-dynamic-properties': {
                operationId: 'GetTaskSchema',
                parameters: { kind: { parameterReference: 'kind' } },
                itemValuePath: 'schema',
              },
            },
          ),
        },
      ],
    },
  },
});
