import { defineDiffRule } from '../types';
import { object, ok, op, swagger } from './example-docs';
import { describeOp, fromChanges } from './shared';
import { quote } from '../../utils/guards';

export default defineDiffRule({
  id: 'ppc-bc-output-property-removed',
  description:
    'A property disappeared from the success response schema or from the webhook `x-ms-notification-content`: flows that use it as dynamic content break.',
  severity: 'warn',
  validatorMessage:
    'The output field has been deleted. Existing flows may be broken if they are using this field and actual payload has been changed.',
  remedy: 'Keep the property in the schema while the API still returns it; otherwise add a new operation revision.',
  examples: {
    invalid: [
      {
        description: 'GetTask no longer returns "dueDate".',
        old: {
          swagger: swagger({
            '/tasks/{id}': {
              get: op('GetTask', { responses: ok(object({ id: { type: 'string' }, dueDate: { type: 'string' } })) }),
            },
          }),
        },
        new: {
          swagger: swagger({
            '/tasks/{id}': { get: op('GetTask', { responses: ok(object({ id: { type: 'string' } })) }) },
          }),
        },
      },
    ],
    valid: [
      {
        description: 'GetTask returns one more property.',
        old: {
          swagger: swagger({
            '/tasks/{id}': { get: op('GetTask', { responses: ok(object({ id: { type: 'string' } })) }) },
          }),
        },
        new: {
          swagger: swagger({
            '/tasks/{id}': {
              get: op('GetTask', { responses: ok(object({ id: { type: 'string' }, owner: { type: 'string' } })) }),
            },
          }),
        },
      },
    ],
  },
  check(ctx) {
    return fromChanges(
      ctx,
      (c) => c.direction === 'output' && c.kind === 'removed',
      (c) => ({
        severity: c.hidden ? 'info' : undefined,
        message:
          c.field === 'response'
            ? `The success response of operation ${describeOp(c.operation)} no longer has a schema; flows that use its fields as dynamic content break. Keep the schema while the API still returns it.`
            : `Output field ${quote(c.field)} of operation ${describeOp(c.operation)} was removed; flows that use it as dynamic content break. Keep it in the schema while the API still returns it, or add a new operation revision.`,
      }),
    );
  },
});
