import { defineDiffRule } from '../types';
import { op, query, swagger } from './example-docs';
import { describeOp, fieldName, fromChanges, valueText } from './shared';

export default defineDiffRule({
  id: 'ppc-bc-input-enum-added',
  description: 'An enum appeared on a formerly free input: flows may send values outside the new list.',
  severity: 'warn',
  validatorMessage:
    'The list of enum values has been added to the input field. Existing flows may use values outside of this list.',
  remedy:
    'Offer the values with `x-ms-dynamic-values` or document them instead; or confirm the API never accepted other values.',
  examples: {
    invalid: [
      {
        description: 'The free "status" parameter got an enum.',
        old: { swagger: swagger({ '/tasks': { get: op('ListTasks', { parameters: [query('status')] }) } }) },
        new: {
          swagger: swagger({
            '/tasks': { get: op('ListTasks', { parameters: [query('status', { enum: ['open', 'done'] })] }) },
          }),
        },
      },
    ],
    valid: [
      {
        description: 'The "status" parameter stays free text.',
        old: { swagger: swagger({ '/tasks': { get: op('ListTasks', { parameters: [query('status')] }) } }) },
        new: {
          swagger: swagger({
            '/tasks': {
              get: op('ListTasks', { parameters: [query('status', { description: 'Task status, e.g. open.' })] }),
            },
          }),
        },
      },
    ],
  },
  check(ctx) {
    return fromChanges(
      ctx,
      (c) => c.kind === 'enum-added',
      (c) => ({
        message: `The ${fieldName(c)} of operation ${describeOp(c.operation)} now only accepts ${valueText(c.newValue)}; existing flows may send other values. Use x-ms-dynamic-values or a documented list, or confirm the API never accepted other values.`,
      }),
    );
  },
});
