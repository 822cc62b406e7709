import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { quote } from '../../utils/guards';

/** Names the characters of an operationId outside `[A-Za-z0-9_]`. */
const sanitizedOperationId = createRulesetFunction<unknown, null>({ input: null, options: null }, function sanitizedOperationId(input) {
  if (typeof input !== 'string' || input === '') return;
  const bad = [...new Set(input.match(/[^A-Za-z0-9_]/g) ?? [])];
  if (bad.length === 0) return;
  return [{ message: `${quote(input)} contains ${bad.map((c) => (c === ' ' ? 'a space' : quote(c))).join(', ')}` }];
});

export default defineRule('ppc-operation-id-sanitized', {
  description: 'operationIds use only letters, digits and underscores (`^[A-Za-z0-9_]+$`).',
  message: 'operationId {{error}}; use only letters, digits and "_" (the validator warns that other characters are sanitized away: OperationIdSanitized).',
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
      invalid: [{ description: 'Hyphens in an operationId.', edits: [{ op: 'set', path: '/paths/~1tasks/get/operationId', value: 'List-Tasks' }] }],
      valid: [{ description: 'A revision suffix with an underscore.', edits: [{ op: 'set', path: '/paths/~1tasks/get/operationId', value: 'ListTasks_V2' }] }],
    },
  },
});
