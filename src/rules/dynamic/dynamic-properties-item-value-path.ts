import type { IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { documentFunction } from '../../functions/triggers-document-check';
import { extensionKey } from '../../collections';
import { defineRule } from '../../types';
import { isObject, quote } from '../../utils/guards';
import { DYNAMIC_PROPERTIES, DYNAMIC_SCHEMA } from '../../model/dynamic-calls';
import { extensionSites } from '../../model/extension-sites';
import { dynamicFields } from './example-edits';

const expectedItemValuePath = (valuePath: string): string => valuePath.replace(/(^|\/)properties$/, '');

export const checkItemValuePath = documentFunction('dynamicPropertiesItemValuePath', (doc) => {
  const results: IFunctionResult[] = [];
  for (const site of extensionSites(doc, DYNAMIC_SCHEMA)) {
    const schema = site.value;
    const props = site.holder[DYNAMIC_PROPERTIES];
    if (!isObject(schema) || !isObject(props) || typeof schema['value-path'] !== 'string') continue;
    // the shape rule reports it
    if (props.itemValuePath !== undefined && typeof props.itemValuePath !== 'string') continue;
    const expected = expectedItemValuePath(schema['value-path']);
    const actual = typeof props.itemValuePath === 'string' ? props.itemValuePath : '';
    if (actual === expected) continue;
    results.push({
      message: `${DYNAMIC_PROPERTIES}.itemValuePath is ${actual === '' ? 'missing' : quote(actual)} but ${DYNAMIC_SCHEMA}.value-path ${quote(schema['value-path'])} calls for ${expected === '' ? 'none' : quote(expected)}`,
      path:
        props.itemValuePath === undefined
          ? [...site.holderPath, DYNAMIC_PROPERTIES]
          : [...site.holderPath, DYNAMIC_PROPERTIES, 'itemValuePath'],
    });
  }
  return results;
});

const props = (itemValuePath?: string): Record<string, unknown> => ({
  'x-ms-dynamic-properties': {
    operationId: 'GetTaskSchema',
    parameters: { kind: { parameterReference: 'kind' } },
    ...(itemValuePath === undefined ? {} : { itemValuePath }),
  },
});

export default defineRule('ppc-dynamic-properties-item-value-path', {
  description:
    '`x-ms-dynamic-properties.itemValuePath` equals the `x-ms-dynamic-schema` `value-path` without its trailing `/properties`.',
  message:
    '{{error}}; make the two paths point at the same schema (Microsoft: DynamicPropertiesItemValuePathMismatch).',
  severity: 'error',
  formats: [oas2],
  given: extensionKey(DYNAMIC_PROPERTIES),
  resolved: false,
  then: { function: checkItemValuePath },
  'x-ppc': {
    requirements: ['x-ms-dynamic-properties'],
    section: '9',
    sources: ['L-EXT', 'L-SVR DynamicPropertiesItemValuePathMismatch'],
    validatorMessage: 'DynamicPropertiesItemValuePathMismatch',
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: '"schema/properties" vs "result".',
          edits: dynamicFields({ 'value-path': 'schema/properties' }, props('result')),
        },
      ],
      valid: [
        {
          description: '"schema/properties" vs "schema".',
          edits: dynamicFields({ 'value-path': 'schema/properties' }, props('schema')),
        },
      ],
    },
  },
});
