import { defineDiffRule, type DiffFinding } from '../types';
import { getTaskRetiredForV2, op, swagger } from './example-docs';
import { describeOp, successorOf } from './shared';

export default defineDiffRule({
  id: 'ppc-bc-operation-hidden',
  description:
    'An operation became `x-ms-visibility: internal` without being deprecated and without a successor in its x-ms-api-annotation family: the designer can no longer show it in existing flows.',
  severity: 'error',
  validatorMessage: 'The operation has been hidden. This change breaks the designer for existing flows.',
  remedy:
    'Hide an operation only together with `deprecated: true` and a successor operation with the same `x-ms-api-annotation.family` and a higher `revision`.',
  examples: {
    invalid: [
      {
        description: 'GetTask became internal with no replacement.',
        old: { swagger: swagger({ '/tasks/{id}': { get: op('GetTask') } }) },
        new: { swagger: swagger({ '/tasks/{id}': { get: op('GetTask', { 'x-ms-visibility': 'internal' }) } }) },
      },
    ],
    valid: [
      {
        description: 'GetTask became internal and deprecated; GetTaskV2 continues its family.',
        ...getTaskRetiredForV2(),
      },
    ],
  },
  check(ctx) {
    const out: DiffFinding[] = [];
    for (const pair of ctx.pairs) {
      if (pair.old.hidden || !pair.new.hidden) continue;
      // Hidden together with deprecation or a versioned successor is the documented way to retire an operation.
      if (pair.new.deprecated || successorOf(ctx, pair.new)) continue;
      out.push({
        side: 'new',
        path: [...pair.new.jsonPath, 'x-ms-visibility'],
        otherPath:
          pair.old.node['x-ms-visibility'] !== undefined
            ? [...pair.old.jsonPath, 'x-ms-visibility']
            : pair.old.jsonPath,
        operationId: pair.id,
        message: `Operation ${describeOp(pair.new)} became internal; existing flows that use it can no longer be edited in the designer. Mark it "deprecated": true and add a successor with the same x-ms-api-annotation family and a higher revision, or keep it visible.`,
      });
    }
    return out;
  },
});
