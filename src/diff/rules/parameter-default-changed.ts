import { defineDiffRule } from '../types';
import { op, query, swagger } from './example-docs';
import { describeOp, fieldName, fromChanges } from './shared';
import { jsonValue } from '../../utils/guards';

export default defineDiffRule({
  id: 'ppc-bc-parameter-default-changed',
  description:
    'The default of a parameter or body property changed: existing flows that left it empty now behave differently.',
  severity: 'info',
  remedy: 'Keep the old default, or confirm that the new behaviour is what existing flows expect.',
  examples: {
    invalid: [
      {
        description: 'The default page size changed from 50 to 10.',
        old: {
          swagger: swagger({
            '/tasks': { get: op('ListTasks', { parameters: [query('top', { type: 'integer', default: 50 })] }) },
          }),
        },
        new: {
          swagger: swagger({
            '/tasks': { get: op('ListTasks', { parameters: [query('top', { type: 'integer', default: 10 })] }) },
          }),
        },
      },
    ],
    valid: [
      {
        description: 'The default stays 50.',
        old: {
          swagger: swagger({
            '/tasks': { get: op('ListTasks', { parameters: [query('top', { type: 'integer', default: 50 })] }) },
          }),
        },
        new: {
          swagger: swagger({
            '/tasks': {
              get: op('ListTasks', {
                parameters: [query('top', { type: 'integer', default: 50, description: 'Page size.' })],
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
      (c) => c.kind === 'default',
      (c) => ({
        message: `The default of the ${fieldName(c)} of operation ${describeOp(c.operation)} changed from ${c.oldValue === undefined ? '(none)' : jsonValue(c.oldValue)} to ${c.newValue === undefined ? '(none)' : jsonValue(c.newValue)}; flows that left it empty now behave differently. Keep the old default, or confirm the change.`,
      }),
    );
  },
});
