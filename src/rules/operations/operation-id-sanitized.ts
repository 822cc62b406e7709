import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { quote } from '../../utils/guards';
import { pascalCaseSuggestion, UNSANITIZED } from './operation-id-pascal-case';

/**
 * Names the characters of an operationId outside `[A-Za-z0-9_]`, with a spelling that passes
 * ppc-operation-id-pascal-case too.
 */
const sanitizedOperationId = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function sanitizedOperationId(input) {
    if (typeof input !== 'string' || input === '') return;
    const bad = [...new Set(input.match(UNSANITIZED) ?? [])];
    if (bad.length === 0) return;
    const suggestion = pascalCaseSuggestion(input);
    return [
      {
        message: `${quote(input)} contains ${bad.map((c) => (c === ' ' ? 'a space' : quote(c))).join(', ')}${suggestion ? ` (for example ${quote(suggestion)})` : ''}`,
      },
    ];
  },
);

export default defineRule('ppc-operation-id-sanitized', {
  description:
    'operationIds use only letters, digits and underscores (`^[A-Za-z0-9_]+$`); ppc-operation-id-pascal-case further keeps "_" for a `_V<n>` revision suffix.',
  message:
    'operationId {{error}}; write it in PascalCase with letters and digits, "_" only in a "_V<n>" revision suffix (the validator warns that other characters are sanitized away: OperationIdSanitized).',
  severity: 'warn',
  formats: [oas2],
  given: `${OPERATIONS}.operationId`,
  then: { function: sanitizedOperationId },
  'x-ppc': {
    requirements: ['operation-id-sanitized'],
    section: '3',
    sources: ['L-SVR OperationIdSanitized'],
    validatorMessage: 'OperationIdSanitized ("avoid … non-alphanumeric characters")',
    specLevel: 'W',
    examples: {
      invalid: [
        {
          description: 'Hyphens in an operationId.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/operationId', value: 'List-Tasks' }],
        },
      ],
      valid: [
        {
          description: 'A revision suffix with an underscore.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/operationId', value: 'ListTasks_V2' }],
        },
      ],
    },
  },
});
