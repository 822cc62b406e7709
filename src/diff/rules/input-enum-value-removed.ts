import { defineDiffRule } from '../types';
import { op, query, swagger } from './example-docs';
import { describeOp, fieldName, fromChanges, valueText } from './shared';

export default defineDiffRule({
  id: 'ppc-bc-input-enum-value-removed',
  description:
    'A value was removed from the enum of a parameter or body property: flows that chose it keep sending it.',
  severity: 'error',
  validatorMessage:
    'An enum value has been removed from the input field. Existing flows may have this value chosen and will continue to send it.',
  remedy:
    'Keep the value in the enum (the API can still reject it with a clear error), or add a new operation revision.',
  examples: {
    invalid: [
      {
        description: 'The "status" enum lost "archived".',
        old: {
          swagger: swagger({
            '/tasks': {
              get: op('ListTasks', { parameters: [query('status', { enum: ['open', 'done', 'archived'] })] }),
            },
          }),
        },
        new: {
          swagger: swagger({
            '/tasks': { get: op('ListTasks', { parameters: [query('status', { enum: ['open', 'done'] })] }) },
          }),
        },
      },
    ],
    valid: [
      {
        description: 'The "status" enum gained a value.',
        old: {
          swagger: swagger({
            '/tasks': { get: op('ListTasks', { parameters: [query('status', { enum: ['open', 'done'] })] }) },
          }),
        },
        new: {
          swagger: swagger({
            '/tasks': {
              get: op('ListTasks', { parameters: [query('status', { enum: ['open', 'done', 'archived'] })] }),
            },
          }),
        },
      },
    ],
  },
  check(ctx) {
    return fromChanges(
      ctx,
      (c) => c.kind === 'enum-removed',
      (c) => ({
        message: `The enum of the ${fieldName(c)} of operation ${describeOp(c.operation)} lost ${valueText(c.oldValue)}; flows that chose it keep sending it. Keep the value, or add a new operation revision.`,
      }),
    );
  },
});
