import { defineDiffRule } from '../types';
import { createTask, object, op, query, swagger } from './example-docs';
import { describeOp, fieldName, fromChanges } from './shared';

export default defineDiffRule({
  id: 'ppc-bc-parameter-removed',
  description:
    'A parameter or body property of a surviving operation was removed: existing flows still send it. Warning when it was internal or optional.',
  severity: 'error',
  remedy:
    'Keep the parameter (mark it `x-ms-visibility: internal` if it should no longer be shown), or add a new operation revision without it.',
  examples: {
    invalid: [
      {
        description: 'The required body property "title" was removed from CreateTask.',
        old: {
          swagger: createTask(object({ title: { type: 'string' }, due: { type: 'string' } }, ['title'])),
        },
        new: {
          swagger: createTask(object({ due: { type: 'string' } })),
        },
      },
    ],
    valid: [
      {
        description: 'An optional query parameter was added; nothing was removed.',
        old: { swagger: swagger({ '/tasks': { get: op('ListTasks', { parameters: [query('top')] }) } }) },
        new: {
          swagger: swagger({ '/tasks': { get: op('ListTasks', { parameters: [query('top'), query('skip')] }) } }),
        },
      },
    ],
  },
  check(ctx) {
    return fromChanges(
      ctx,
      (c) => c.direction === 'input' && c.kind === 'removed',
      (c) => ({
        side: 'old',
        severity: c.hidden || !c.required ? 'warn' : undefined,
        message: `The ${fieldName(c)} of operation ${describeOp(c.operation)} was removed${c.required ? ' (it was required)' : ''}; existing flows still send it. Keep it (x-ms-visibility: internal hides it) or move the change to a new operation revision.`,
      }),
    );
  },
});
