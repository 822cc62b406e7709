import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { isObject } from '../../utils/guards';
import { ANNOTATION, familyEdits } from './families';

const replacementOnlyDeprecated = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function replacementOnlyDeprecated(input, _options, context) {
    if (!isObject(input) || input.deprecated === true) return;
    const annotation = input[ANNOTATION];
    if (!isObject(annotation) || annotation.replacement === undefined) return;
    return [
      {
        message: 'has x-ms-api-annotation.replacement but is not "deprecated": true',
        path: [...context.path, ANNOTATION, 'replacement'],
      },
    ];
  },
);

export default defineRule('ppc-replacement-only-deprecated', {
  description: '`x-ms-api-annotation.replacement` appears only on operations marked `"deprecated": true`.',
  message:
    'The operation {{error}}; mark it deprecated or remove the replacement (Microsoft: the replacement property should be specified for deprecated operations only).',
  severity: 'error',
  formats: [oas2],
  given: OPERATIONS,
  resolved: false,
  then: { function: replacementOnlyDeprecated },
  'x-ppc': {
    requirements: ['replacement-only-deprecated'],
    section: '4',
    sources: ['L-SVR ApiAnnotationExtensionReplacementInfoForNonDeprecatedOperations'],
    validatorMessage: 'The replacement property should be specified for deprecated operations only.',
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A replacement on an active operation.',
          edits: [...familyEdits(), { op: 'remove', path: '/paths/~1tasks/get/deprecated' }],
        },
      ],
      valid: [{ description: 'A replacement on a deprecated operation.', edits: familyEdits() }],
    },
  },
});
