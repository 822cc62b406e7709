import { show } from '../../utils/guards';
import { sameRoute } from '../changes';
import { defineDiffRule, type DiffFinding } from '../types';
import { op, pathParam, swagger } from './example-docs';
import { describeOp } from './shared';

export default defineDiffRule({
  id: 'ppc-bc-operation-path-or-method-changed',
  description:
    'An operation kept its operationId but moved to another path template or HTTP method: saved flows keep calling the old route. Renaming a placeholder alone (`{id}` → `{taskId}`) keeps the route; ppc-bc-parameter-removed reports the renamed parameter.',
  severity: 'error',
  validatorMessage: 'The path template has been changed for the operation.',
  remedy:
    'Keep the old route for the old operationId; put the new route in a new operation of the same `x-ms-api-annotation.family` with a higher `revision`.',
  examples: {
    invalid: [
      {
        description: 'GetTask moved from /tasks/{id} to /v2/tasks/{id}.',
        old: { swagger: swagger({ '/tasks/{id}': { get: op('GetTask') } }) },
        new: { swagger: swagger({ '/v2/tasks/{id}': { get: op('GetTask') } }) },
      },
    ],
    valid: [
      {
        description: 'GetTask keeps its route.',
        old: { swagger: swagger({ '/tasks/{id}': { get: op('GetTask') } }) },
        new: { swagger: swagger({ '/tasks/{id}': { get: op('GetTask', { summary: 'Get a task' }) } }) },
      },
      {
        description:
          'GetTask renamed its placeholder {id} to {taskId}: the same route (the parameter rename is reported).',
        old: { swagger: swagger({ '/tasks/{id}': { get: op('GetTask', { parameters: [pathParam('id')] }) } }) },
        new: {
          swagger: swagger({ '/tasks/{taskId}': { get: op('GetTask', { parameters: [pathParam('taskId')] }) } }),
        },
      },
    ],
  },
  check(ctx) {
    const out: DiffFinding[] = [];
    for (const pair of ctx.pairs) {
      // Placeholder names are not part of the route the API serves.
      const pathChanged = !sameRoute(pair.old.path, pair.new.path);
      const methodChanged = pair.old.method !== pair.new.method;
      if (!pathChanged && !methodChanged) continue;
      const what = [
        pathChanged ? `path ${show(pair.old.path, 80)} → ${show(pair.new.path, 80)}` : '',
        methodChanged ? `method ${pair.old.method.toUpperCase()} → ${pair.new.method.toUpperCase()}` : '',
      ]
        .filter(Boolean)
        .join(', ');
      out.push({
        side: 'new',
        path: pair.new.jsonPath,
        otherPath: pair.old.jsonPath,
        operationId: pair.id,
        message: `Operation ${describeOp(pair.new)} changed its route (${what}); existing flows still call the old one. Keep the old route for this operationId and add the new route as a new operation of the same x-ms-api-annotation family with a higher revision.`,
      });
    }
    return out;
  },
});
