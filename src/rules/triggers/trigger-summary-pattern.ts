import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { isObject, quote } from '../../utils/guards';
import { isTrigger } from '../../model';
import { isDeprecatedOperation, isInternal } from '../../model/visibility';
import { addPolling, pathPointer } from './example-edits';

const triggerSummary = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function triggerSummaryPattern(input, _options, context) {
    if (!isObject(input) || !isTrigger(input) || isInternal(input) || isDeprecatedOperation(input)) return;
    const summary = input.summary;
    if (typeof summary !== 'string' || summary.trim() === '') return;
    if (/^When\s/.test(summary.trim())) return;
    return [{ message: `${quote(summary)} does not start with "When"`, path: [...context.path, 'summary'] }];
  },
);

export default defineRule('ppc-trigger-summary-pattern', {
  description: 'A visible trigger\'s summary starts with "When", e.g. "When a task is created".',
  message:
    'Trigger summary {{error}}; phrase it as "When <event>", e.g. "When a task is created" (Microsoft\'s string guidance for triggers).',
  severity: 'info',
  formats: [oas2],
  given: OPERATIONS,
  resolved: false,
  then: { function: triggerSummary },
  'x-ppc': {
    requirements: ['trigger-summary-pattern'],
    section: '5',
    sources: ['L-STR'],
    specLevel: 'I',
    examples: {
      invalid: [
        {
          description: 'A noun phrase.',
          edits: [
            ...addPolling(),
            { op: 'set', path: pathPointer('/tasks/trigger', 'get', 'summary'), value: 'New tasks' },
          ],
        },
      ],
      valid: [{ description: '"When tasks are added".', edits: addPolling() }],
    },
  },
});
