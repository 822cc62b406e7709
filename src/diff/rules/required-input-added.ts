import { defineDiffRule } from '../types';
import { createTask, object, op, query, swagger } from './example-docs';
import { describeOp, fieldName, fromChanges } from './shared';

export default defineDiffRule({
  id: 'ppc-bc-required-input-added',
  description:
    'A new required parameter or body property without a default, or an optional input that became required: existing flows do not send it.',
  severity: 'error',
  validatorMessage: 'The required input field has been added. Existing flows will not send this new field.',
  remedy: 'Make the new input optional, or give it a `default`; otherwise add a new operation revision.',
  examples: {
    invalid: [
      {
        description: 'ListTasks gained a required "project" query parameter.',
        old: { swagger: swagger({ '/tasks': { get: op('ListTasks', { parameters: [query('top')] }) } }) },
        new: {
          swagger: swagger({
            '/tasks': { get: op('ListTasks', { parameters: [query('top'), query('project', { required: true })] }) },
          }),
        },
      },
      {
        description: 'The body property "due" became required.',
        old: {
          swagger: createTask(object({ title: { type: 'string' }, due: { type: 'string' } }, ['title'])),
        },
        new: {
          swagger: createTask(object({ title: { type: 'string' }, due: { type: 'string' } }, ['title', 'due'])),
        },
      },
    ],
    valid: [
      {
        description: 'The new required parameter has a default.',
        old: { swagger: swagger({ '/tasks': { get: op('ListTasks', { parameters: [query('top')] }) } }) },
        new: {
          swagger: swagger({
            '/tasks': {
              get: op('ListTasks', {
                parameters: [query('top'), query('project', { required: true, default: 'all' })],
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
      (c) => c.direction === 'input' && (c.kind === 'added-required' || c.kind === 'became-required'),
      (c) => ({
        message:
          c.kind === 'added-required'
            ? `Operation ${describeOp(c.operation)} has a new required ${fieldName(c)} without a default; existing flows do not send it. Make it optional or give it a default.`
            : `The ${fieldName(c)} of operation ${describeOp(c.operation)} became required; existing flows that left it empty fail. Keep it optional or give it a default.`,
      }),
    );
  },
});
