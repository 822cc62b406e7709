import { createRulesetFunction, type IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { isObject, quote } from '../../utils/guards';
import { familyEdits } from './families';

const replacementComplete = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function replacementComplete(input, _options, context) {
    if (!isObject(input) || !isObject(input.replacement)) return;
    const replacement = input.replacement;
    const results: IFunctionResult[] = [];
    for (const key of ['api', 'operationId']) {
      const value = replacement[key];
      if (typeof value !== 'string' || value.trim() === '') {
        results.push({
          message: `has no ${quote(key)} string`,
          path: value === undefined ? [...context.path, 'replacement'] : [...context.path, 'replacement', key],
        });
      }
    }
    return results;
  },
);

export default defineRule('ppc-replacement-complete', {
  description:
    '`x-ms-api-annotation.replacement` names both the `api` and the `operationId` that replace the deprecated operation.',
  message:
    'x-ms-api-annotation.replacement {{error}}; give both "api" and "operationId" (Microsoft: the replacement property must specify \'api\' and \'operationId\').',
  severity: 'error',
  formats: [oas2],
  given: `${OPERATIONS}['x-ms-api-annotation']`,
  resolved: false,
  then: { function: replacementComplete },
  'x-ppc': {
    requirements: ['replacement-complete'],
    section: '4',
    sources: [
      'L-SVR ApiAnnotationExtensionReplacementInfoMissingApiProperty',
      'L-SVR ApiAnnotationExtensionReplacementInfoMissingOperationIdProperty',
    ],
    validatorMessage:
      "The replacement property must specify 'api' property. / The replacement property must specify 'operationId' property.",
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'No "api".',
          edits: [...familyEdits(), { op: 'remove', path: '/paths/~1tasks/get/x-ms-api-annotation/replacement/api' }],
        },
      ],
      valid: [{ description: 'Both keys.', edits: familyEdits() }],
    },
  },
});
