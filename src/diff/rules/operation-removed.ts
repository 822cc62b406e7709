import { defineDiffRule, type DiffFinding } from '../types';
import { op, swagger } from './example-docs';
import { describeOp, preparedRemoval, successorOf } from './shared';

export default defineDiffRule({
  id: 'ppc-bc-operation-removed',
  description:
    'An operationId of the old version is gone (a rename counts as a removal): saved flows that call it break. Warning instead of error when the removal was prepared (the old operation was deprecated or internal, or a successor with the same x-ms-api-annotation family and a higher revision exists).',
  severity: 'error',
  validatorMessage: 'The operation has been deleted. This change breaks existing flows.',
  remedy:
    'Keep the old operation with `deprecated: true` and `x-ms-visibility: internal`, and add the replacement with the same `x-ms-api-annotation.family` and a higher `revision`.',
  examples: {
    invalid: [
      {
        description: 'GetTask was renamed to FetchTask.',
        old: { swagger: swagger({ '/tasks/{id}': { get: op('GetTask') } }) },
        new: { swagger: swagger({ '/tasks/{id}': { get: op('FetchTask') } }) },
      },
    ],
    valid: [
      {
        description: 'GetTask is kept; GetTaskV2 is added.',
        old: { swagger: swagger({ '/tasks/{id}': { get: op('GetTask') } }) },
        new: {
          swagger: swagger({ '/tasks/{id}': { get: op('GetTask') }, '/v2/tasks/{id}': { get: op('GetTaskV2') } }),
        },
      },
    ],
  },
  check(ctx) {
    const out: DiffFinding[] = [];
    for (const old of ctx.removed) {
      const prepared = preparedRemoval(ctx, old);
      out.push({
        side: 'old',
        path: old.jsonPath,
        otherPath: successorOf(ctx, old)?.jsonPath,
        operationId: old.operationId,
        severity: prepared ? 'warn' : undefined,
        message: prepared
          ? `Operation ${describeOp(old)} was removed; ${prepared}, so flows were warned, but flows that still use it break. Confirm that no flow uses it, or keep it as an internal, deprecated operation.`
          : `Operation ${describeOp(old)} was removed (a renamed operationId counts as removed); existing flows that use it break. Keep it with "deprecated": true and "x-ms-visibility": "internal", and give its replacement the same x-ms-api-annotation family with a higher revision.`,
      });
    }
    return out;
  },
});
