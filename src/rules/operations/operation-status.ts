import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { isObject, quote } from '../../utils/guards';
import { ruleRoot } from '../../model/visibility';

function statusOf(annotation: unknown): string | undefined {
  return isObject(annotation) && typeof annotation.status === 'string'
    ? annotation.status.trim().toLowerCase()
    : undefined;
}

/** Reports an operation annotated `Production` in a connector annotated `Preview`. */
const statusNotAhead = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function statusNotAhead(input, _options, context) {
    if (!isObject(input) || statusOf(input['x-ms-api-annotation']) !== 'production') return;
    const root = ruleRoot(context);
    const info = isObject(root) ? root.info : undefined;
    if (!isObject(info) || statusOf(info['x-ms-api-annotation']) !== 'preview') return;
    const id = typeof input.operationId === 'string' ? `${quote(input.operationId)} ` : '';
    return [
      {
        message: `${id}is Production while the connector is Preview`,
        path: [...context.path, 'x-ms-api-annotation', 'status'],
      },
    ];
  },
);

export default defineRule('ppc-operation-status', {
  description:
    'No operation is annotated `Production` while the connector (`info.x-ms-api-annotation.status`) is `Preview`.',
  message:
    'Operation {{error}}; mark the operation Preview or move the connector to Production (Microsoft rejects operations ahead of their connector: OperationStatusAheadOfConnector).',
  severity: 'error',
  formats: [oas2],
  given: OPERATIONS,
  then: { function: statusNotAhead },
  'x-ppc': {
    requirements: ['operation-status'],
    section: '3',
    sources: ['L-SVR OperationStatusAheadOfConnector', 'L-VER'],
    validatorMessage: 'OperationStatusAheadOfConnector',
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A Production operation in a Preview connector.',
          edits: [
            { op: 'set', path: '/info/x-ms-api-annotation', value: { status: 'Preview' } },
            {
              op: 'set',
              path: '/paths/~1tasks/get/x-ms-api-annotation',
              value: { family: 'ListTasks', revision: 1, status: 'Production' },
            },
          ],
        },
      ],
      valid: [
        {
          description: 'A Preview operation in a Preview connector.',
          edits: [
            { op: 'set', path: '/info/x-ms-api-annotation', value: { status: 'Preview' } },
            {
              op: 'set',
              path: '/paths/~1tasks/get/x-ms-api-annotation',
              value: { family: 'ListTasks', revision: 1, status: 'Preview' },
            },
          ],
        },
      ],
    },
  },
});
