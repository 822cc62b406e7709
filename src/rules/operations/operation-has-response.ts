import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { isObject } from '../../utils/guards';
import { responseCodes } from '../../model';
import { operationLabel } from '../../utils/operations-text';
import { ruleRoot } from '../../model/visibility';

const hasResponse = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function hasResponse(input, _options, context) {
    if (!isObject(input) || responseCodes(input.responses).length > 0) return;
    const root = ruleRoot(context);
    const pathItem = isObject(root) && isObject(root.paths) ? root.paths[String(context.path[1])] : undefined;
    // A webhook registration's outputs are its path item's notification content.
    if (input['x-ms-trigger'] !== undefined && isObject(pathItem) && isObject(pathItem['x-ms-notification-content']))
      return;
    const label = operationLabel(input, context.path);
    if (!('responses' in input)) return [{ message: `${label} has no responses` }];
    return [{ message: `${label} has an empty responses object`, path: [...context.path, 'responses'] }];
  },
);

export default defineRule('ppc-operation-has-response', {
  description:
    'Every operation lists at least one response. Webhook registrations, whose outputs come from `x-ms-notification-content`, are exempt.',
  message:
    'Operation {{error}}; list the status codes it returns, with a schema on the success response (Microsoft rejects operations without responses: OperationMustHaveResponse).',
  severity: 'error',
  formats: [oas2],
  given: OPERATIONS,
  then: { function: hasResponse },
  'x-ppc': {
    requirements: ['operation-has-response'],
    section: '3',
    sources: ['L-SVR OperationMustHaveResponse', 'R-SCH-API'],
    validatorMessage: 'OperationMustHaveResponse',
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'An empty responses object.',
          edits: [{ op: 'set', path: '/paths/~1tasks~1{taskId}/delete/responses', value: {} }],
        },
      ],
      valid: [
        {
          description: 'One response.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1tasks~1{taskId}/delete/responses',
              value: { '204': { description: 'The task was deleted.' } },
            },
          ],
        },
      ],
    },
  },
});
