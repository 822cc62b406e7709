import type { IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { documentFunction } from '../../functions/triggers-document-check';
import { extensionKey } from '../../collections';
import { defineRule } from '../../types';
import { isObject, quote } from '../../utils/guards';
import { classifyParameterReference, DYNAMIC_LIST, DYNAMIC_VALUES, dynamicCalls } from '../../model/dynamic-calls';
import { operationLabel } from '../../utils/triggers-webhooks';
import { parentPicker } from './example-edits';

export const checkDynamicListRequired = documentFunction('dynamicListRequired', (doc) => {
  const results: IFunctionResult[] = [];
  for (const use of dynamicCalls(doc)) {
    const values = use.holder[DYNAMIC_VALUES];
    if (!isObject(values) || use.holder[DYNAMIC_LIST] !== undefined || !isObject(values.parameters)) continue;
    for (const [key, value] of Object.entries(values.parameters)) {
      if (!isObject(value) || typeof value.parameter !== 'string') continue;
      const kind = classifyParameterReference(doc, use.caller, value.parameter);
      const reason =
        kind.kind === 'body-property'
          ? `refers to ${quote(value.parameter)}, a body property rather than a parameter of ${operationLabel(use.caller)}`
          : kind.kind === 'parameter' && kind.count > 1
            ? `refers to ${quote(value.parameter)}, which names ${kind.count} parameters of ${operationLabel(use.caller)}`
            : undefined;
      if (reason)
        results.push({
          message: `${DYNAMIC_VALUES} ${reason}`,
          path: [...use.holderPath, DYNAMIC_VALUES, 'parameters', key, 'parameter'],
        });
    }
  }
  return results;
});

export default defineRule('ppc-dynamic-list-required', {
  description:
    'An `x-ms-dynamic-values` that reads a body property or an ambiguous name has an `x-ms-dynamic-list` beside it, whose `parameterReference` gives the full path (e.g. `body/appId`).',
  message:
    '{{error}}; add "x-ms-dynamic-list" with { "parameterReference": "<body parameter>/<property>" } (Microsoft: DynamicListExtensionRequiredForNonParameterReferences / …ForAmbiguousReferences).',
  severity: 'error',
  formats: [oas2],
  given: extensionKey(DYNAMIC_VALUES),
  resolved: false,
  then: { function: checkDynamicListRequired },
  'x-ppc': {
    requirements: ['x-ms-dynamic-list'],
    section: '9',
    sources: [
      'L-EXT',
      'L-SVR DynamicListExtensionRequiredForNonParameterReferences',
      'L-SVR DynamicListExtensionRequiredForAmbiguousReferences',
    ],
    validatorMessage:
      'DynamicListExtensionRequiredForNonParameterReferences / DynamicListExtensionRequiredForAmbiguousReferences',
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A reference to the body property "title" without x-ms-dynamic-list.',
          edits: parentPicker(false),
        },
      ],
      valid: [{ description: 'The same reference with x-ms-dynamic-list.', edits: parentPicker(true) }],
    },
  },
});
