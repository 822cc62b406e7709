import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { isObject } from '../../utils/guards';
import { operationLabel } from '../../utils/operations-text';

const visibilityDeclared = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function visibilityDeclared(input, _options, context) {
    if (!isObject(input) || 'x-ms-visibility' in input) return;
    return [{ message: `${operationLabel(input, context.path)} has no x-ms-visibility` }];
  },
);

export default defineRule('ppc-visibility-declared', {
  description:
    'Each operation states its visibility with `x-ms-visibility` (`important`, `advanced` or `internal`); leaving it out means "normal".',
  message:
    'Operation {{error}}; consider "important" for the main actions, "advanced" for rare ones and "internal" for helpers (the certification checklist asks for visibility information; absence means normal).',
  severity: 'hint',
  formats: [oas2],
  given: OPERATIONS,
  then: { function: visibilityDeclared },
  'x-ppc': {
    requirements: ['visibility-declared'],
    section: '3',
    sources: ['L-CS checklist', 'CORPUS'],
    specLevel: 'I',
    examples: {
      invalid: [
        {
          description: 'An operation without x-ms-visibility.',
          edits: [{ op: 'remove', path: '/paths/~1tasks/get/x-ms-visibility' }],
        },
      ],
      valid: [
        {
          description: 'An operation marked advanced.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/x-ms-visibility', value: 'advanced' }],
        },
      ],
    },
  },
});
