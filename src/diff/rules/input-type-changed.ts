import { defineDiffRule } from '../types';
import { op, query, swagger } from './example-docs';
import { describeOp, fieldName, fromChanges, valueText } from './shared';

export default defineDiffRule({
  id: 'ppc-bc-input-type-changed',
  description:
    'The type or format of a parameter or body property changed: existing flows keep sending values of the old type. Warning for a widening (int32 → int64, float → double, integer → number, a size format added to a number).',
  severity: 'error',
  validatorMessage:
    'The type has been changed for the input field. Existing flows will continue to send the field with the old type.',
  remedy: 'Keep the old type; accept the new one in a new operation revision.',
  examples: {
    invalid: [
      {
        description: 'The "top" parameter changed from string to integer.',
        old: { swagger: swagger({ '/tasks': { get: op('ListTasks', { parameters: [query('top')] }) } }) },
        new: {
          swagger: swagger({ '/tasks': { get: op('ListTasks', { parameters: [query('top', { type: 'integer' })] }) } }),
        },
      },
    ],
    valid: [
      {
        description: 'The "top" parameter keeps its type.',
        old: {
          swagger: swagger({ '/tasks': { get: op('ListTasks', { parameters: [query('top', { type: 'integer' })] }) } }),
        },
        new: {
          swagger: swagger({
            '/tasks': {
              get: op('ListTasks', {
                parameters: [query('top', { type: 'integer', description: 'Maximum number of tasks.' })],
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
      (c) => c.direction === 'input' && (c.kind === 'type' || c.kind === 'format'),
      (c) => ({
        severity: c.widening ? 'warn' : undefined,
        message: `The ${c.kind} of the ${fieldName(c)} of operation ${describeOp(c.operation)} changed from ${valueText(c.oldValue)} to ${valueText(c.newValue)}; existing flows keep sending the old ${c.kind}. Keep the old ${c.kind}, or add a new operation revision.`,
      }),
    );
  },
});
