import { defineDiffRule } from '../types';
import { object, ok, op, swagger } from './example-docs';
import { describeOp, fromChanges, valueText } from './shared';
import { quote } from '../../utils/guards';

export default defineDiffRule({
  id: 'ppc-bc-output-type-changed',
  description:
    'The type of an output property changed (warning when only its format changed): flows that use it get a value of another type.',
  severity: 'error',
  validatorMessage:
    'The type has been changed for the output field. Existing flows may be broken if they are using this field and actual payload has been changed.',
  remedy: 'Keep the old type; return the new shape from a new operation revision.',
  examples: {
    invalid: [
      {
        description: 'GetTask returns "priority" as a string instead of an integer.',
        old: {
          swagger: swagger({
            '/tasks/{id}': { get: op('GetTask', { responses: ok(object({ priority: { type: 'integer' } })) }) },
          }),
        },
        new: {
          swagger: swagger({
            '/tasks/{id}': { get: op('GetTask', { responses: ok(object({ priority: { type: 'string' } })) }) },
          }),
        },
      },
    ],
    valid: [
      {
        description: 'GetTask keeps the type of "priority".',
        old: {
          swagger: swagger({
            '/tasks/{id}': { get: op('GetTask', { responses: ok(object({ priority: { type: 'integer' } })) }) },
          }),
        },
        new: {
          swagger: swagger({
            '/tasks/{id}': {
              get: op('GetTask', {
                responses: ok(object({ priority: { type: 'integer', description: 'Priority, 1 is highest.' } })),
              }),
            },
          }),
        },
      },
    ],
  },
  check(ctx) {
    return fromChanges(
      ctx,
      (c) => c.direction === 'output' && (c.kind === 'type' || c.kind === 'format'),
      (c) => ({
        severity: c.kind === 'format' ? 'warn' : undefined,
        message: `The ${c.kind} of output field ${quote(c.field)} of operation ${describeOp(c.operation)} changed from ${valueText(c.oldValue)} to ${valueText(c.newValue)}; flows that use it get a different value. Keep the old ${c.kind}, or add a new operation revision.`,
      }),
    );
  },
});
