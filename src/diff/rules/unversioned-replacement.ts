import type { OperationModel } from '../../model';
import { defineDiffRule, type DiffFinding } from '../types';
import { getTaskRetiredForV2, op, swagger } from './example-docs';
import { annotationOf, describeOp, successorOf } from './shared';

/** A path with version segments and parameter names removed: `/v2/tasks/{taskId}` → `/tasks/{}`. */
function routeShape(path: string): string {
  return path
    .toLowerCase()
    .split('/')
    .filter((s) => s !== '' && !/^v\d+(\.\d+)?$/.test(s))
    .map((s) => s.replace(/\{[^}]*\}/g, '{}'))
    .join('/');
}

export default defineDiffRule({
  id: 'ppc-bc-unversioned-replacement',
  description:
    'An operation was removed or hidden and a new operation with the same method and a similar route appeared, without `x-ms-api-annotation` family/revision linking them: the designer cannot offer the new one as the upgrade.',
  severity: 'info',
  remedy:
    'Give the old and the new operation the same `x-ms-api-annotation.family` and the new one a higher `revision`; mark the old one deprecated.',
  examples: {
    invalid: [
      {
        description: 'GetTask was replaced by GetTaskV2 at /v2/tasks/{id} without an annotation.',
        old: { swagger: swagger({ '/tasks/{id}': { get: op('GetTask') } }) },
        new: { swagger: swagger({ '/v2/tasks/{id}': { get: op('GetTaskV2') } }) },
      },
    ],
    valid: [
      {
        description: 'GetTaskV2 continues the GetTask family.',
        ...getTaskRetiredForV2(),
      },
    ],
  },
  check(ctx) {
    const out: DiffFinding[] = [];
    const retired: OperationModel[] = [
      ...ctx.removed,
      ...ctx.pairs.filter((p) => !p.old.hidden && p.new.hidden).map((p) => p.old),
    ];
    for (const old of retired) {
      if (successorOf(ctx, old)) continue;
      const shape = routeShape(old.path);
      const replacement = ctx.added.find((n) => n.method === old.method && routeShape(n.path) === shape && !n.hidden);
      if (!replacement) continue;
      const family = annotationOf(replacement).family;
      if (family !== undefined && family === annotationOf(old).family) continue;
      out.push({
        side: 'new',
        path: replacement.jsonPath,
        otherPath: old.jsonPath,
        operationId: old.operationId,
        message: `Operation ${describeOp(replacement)} looks like the replacement of ${describeOp(old)}, but no x-ms-api-annotation links them. Give both the same family and the new one a higher revision, and mark the old one deprecated.`,
      });
    }
    return out;
  },
});
