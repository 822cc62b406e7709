import { quote } from '../../utils/guards';
import { defineDiffRule } from '../types';
import { op, query, swagger } from './example-docs';
import { describeOp, fromChanges } from './shared';

export default defineDiffRule({
  id: 'ppc-bc-parameter-location-changed',
  description: 'A parameter kept its name but moved to another location (`in`: query, header, path, formData).',
  severity: 'error',
  validatorMessage:
    'The location has been changed for the parameter. Existing flows will continue to send the parameter in the old location.',
  remedy: 'Keep the parameter where it was; if the API needs it elsewhere, add a new operation revision.',
  examples: {
    invalid: [
      {
        description: 'The "top" parameter moved from the query to a header.',
        old: { swagger: swagger({ '/tasks': { get: op('ListTasks', { parameters: [query('top')] }) } }) },
        new: {
          swagger: swagger({ '/tasks': { get: op('ListTasks', { parameters: [query('top', { in: 'header' })] }) } }),
        },
      },
    ],
    valid: [
      {
        description: 'The "top" parameter stays in the query.',
        old: { swagger: swagger({ '/tasks': { get: op('ListTasks', { parameters: [query('top')] }) } }) },
        new: {
          swagger: swagger({
            '/tasks': {
              get: op('ListTasks', { parameters: [query('top', { description: 'How many tasks to return.' })] }),
            },
          }),
        },
      },
    ],
  },
  check(ctx) {
    return fromChanges(
      ctx,
      (c) => c.kind === 'location',
      (c) => ({
        message: `Parameter ${quote(c.field)} of operation ${describeOp(c.operation)} moved from ${quote(c.oldValue)} to ${quote(c.newValue)}; existing flows keep sending it in the old location. Keep it where it was, or add a new operation revision.`,
      }),
    );
  },
});
