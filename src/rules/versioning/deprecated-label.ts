import { createRulesetFunction, type IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { isObject, quote } from '../../utils/guards';
import { isInternal } from '../../model/visibility';

const LABEL = /\bdeprecated\b/i;

const deprecatedLabel = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function deprecatedLabel(input, _options, context) {
    if (!isObject(input) || input.deprecated !== true || isInternal(input)) return;
    const results: IFunctionResult[] = [];
    for (const field of ['summary', 'description']) {
      const text = input[field];
      if (typeof text !== 'string' || LABEL.test(text)) continue;
      results.push({ message: `${field} ${quote(text)} does not say "(deprecated)"`, path: [...context.path, field] });
    }
    return results;
  },
);

export default defineRule('ppc-deprecated-label', {
  description:
    'A visible deprecated operation says so: its summary and description end with "(deprecated)" (or the operation is hidden).',
  message:
    'Deprecated operation {{error}}; append " (deprecated)" or hide it with "x-ms-visibility": "internal" (Microsoft\'s deprecation guidance).',
  severity: 'warn',
  formats: [oas2],
  given: OPERATIONS,
  resolved: false,
  then: { function: deprecatedLabel },
  'x-ppc': {
    requirements: ['deprecated-label'],
    section: '4',
    sources: ['L-DEP'],
    specLevel: 'W',
    examples: {
      invalid: [
        {
          description: 'A deprecated operation with its old summary.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/deprecated', value: true }],
        },
      ],
      valid: [
        {
          description: 'Labelled summary and description.',
          edits: [
            { op: 'set', path: '/paths/~1tasks/get/deprecated', value: true },
            { op: 'set', path: '/paths/~1tasks/get/summary', value: 'List tasks (deprecated)' },
            {
              op: 'set',
              path: '/paths/~1tasks/get/description',
              value: 'Lists the tasks of the signed-in user (deprecated).',
            },
          ],
        },
        {
          description: 'A hidden deprecated operation.',
          edits: [
            { op: 'set', path: '/paths/~1tasks/get/deprecated', value: true },
            { op: 'set', path: '/paths/~1tasks/get/x-ms-visibility', value: 'internal' },
          ],
        },
      ],
    },
  },
});
