import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { quote } from '../../utils/guards';

const PASCAL_CASE = /^[A-Z][A-Za-z0-9]*(_V\d+)?$/;

/** Characters the validator strips from operationIds (ppc-operation-id-sanitized owns them). */
export const UNSANITIZED = /[^A-Za-z0-9_]/g;

/**
 * A PascalCase spelling of an operationId that passes both operationId rules, keeping a `_V<n>` revision suffix
 * and writing a `v<n>` version marker as `V<n>`; '' when there is none that keeps the id's meaning (two numbers
 * would run together, as in `SendEmailv3-1`, or no letter to start with).
 */
export function pascalCaseSuggestion(id: string): string {
  const suffix = /_V\d+$/i.exec(id)?.[0]?.toUpperCase() ?? '';
  const stem = suffix ? id.slice(0, -suffix.length) : id;
  const words = stem.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const shouting = !/[a-z]/.test(stem);
  let joined = '';
  for (const w of words) {
    if (/\d$/.test(joined) && /^\d/.test(w)) return '';
    joined += w.charAt(0).toUpperCase() + (shouting ? w.slice(1).toLowerCase() : w.slice(1));
  }
  const suggestion = `${joined.replace(/(?<=[a-z])v(?=\d)/g, 'V')}${suffix}`;
  return PASCAL_CASE.test(suggestion) ? suggestion : '';
}

/**
 * Reports an operationId that is not PascalCase (an optional `_V<n>` suffix is allowed), with a suggestion.
 * Ids with characters the validator strips are left to ppc-operation-id-sanitized, which gives the same advice.
 */
const pascalCaseOperationId = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function pascalCaseOperationId(input) {
    if (
      typeof input !== 'string' ||
      input === '' ||
      PASCAL_CASE.test(input) ||
      new RegExp(UNSANITIZED.source).test(input)
    )
      return;
    const suggestion = pascalCaseSuggestion(input);
    return [
      {
        message: `${quote(input)} is not PascalCase${suggestion && suggestion !== input ? ` (for example ${quote(suggestion)})` : ''}`,
      },
    ];
  },
);

export default defineRule('ppc-operation-id-pascal-case', {
  description:
    'operationIds are PascalCase without "-" or "_" (`GetTask`), except for a revision suffix such as `_V2`.',
  message:
    'operationId {{error}}; write it in PascalCase, with "_V<n>" only as a revision suffix (Microsoft coding standards).',
  severity: 'warn',
  formats: [oas2],
  given: `${OPERATIONS}.operationId`,
  then: { function: pascalCaseOperationId },
  'x-ppc': {
    requirements: ['operation-id-pascal-case'],
    section: '3',
    sources: ['L-CSTD', 'PR#2254', 'CORPUS'],
    specLevel: 'W',
    examples: {
      invalid: [
        {
          description: 'camelCase.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/operationId', value: 'listTasks' }],
        },
        {
          description: 'An underscore that is not a revision suffix.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/operationId', value: 'Tasks_List' }],
        },
      ],
      valid: [
        {
          description: 'PascalCase with a revision suffix.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/operationId', value: 'ListTasks_V2' }],
        },
      ],
    },
  },
});
