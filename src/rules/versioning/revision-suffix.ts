import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { isObject, quote } from '../../utils/guards';
import { ANNOTATION, familyEdits } from './families';

const revisionSuffix = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function revisionSuffix(input, _options, context) {
    if (!isObject(input) || typeof input.operationId !== 'string') return;
    const annotation = input[ANNOTATION];
    if (!isObject(annotation)) return;
    const revision = annotation.revision;
    if (typeof revision !== 'number' || !Number.isInteger(revision) || revision < 2) return;
    if (new RegExp(`_?V${revision}$`, 'i').test(input.operationId)) return;
    return [
      {
        message: `${quote(input.operationId)} has revision ${revision} but does not end with "_V${revision}"`,
        path: [...context.path, 'operationId'],
      },
    ];
  },
);

export default defineRule('ppc-revision-suffix', {
  description:
    'An operation with `x-ms-api-annotation.revision` n > 1 has an operationId that ends with the revision suffix `_Vn` (e.g. `GetItems_V2`).',
  message:
    'operationId {{error}}; name the new revision like "GetItems_V2" (Microsoft: OperationIdShouldEndWithRevision).',
  severity: 'warn',
  formats: [oas2],
  given: OPERATIONS,
  resolved: false,
  then: { function: revisionSuffix },
  'x-ppc': {
    requirements: ['revision-suffix'],
    section: '4',
    sources: ['L-SVR OperationIdShouldEndWithRevision', 'L-DEP', 'L-VER'],
    validatorMessage: 'OperationIdShouldEndWithRevision',
    specLevel: 'W',
    examples: {
      invalid: [
        {
          description: 'Revision 2 without a suffix.',
          edits: [...familyEdits(), { op: 'set', path: '/paths/~1v2~1tasks/get/operationId', value: 'ListTasksPaged' }],
        },
      ],
      valid: [{ description: '"ListTasks_V2" for revision 2.', edits: familyEdits() }],
    },
  },
});
