import { quote } from '../../utils/guards';
import { defineDiffRule, type DiffFinding } from '../types';
import { op, swagger } from './example-docs';
import { describeOp } from './shared';

const KIND_TEXT = { none: 'an action', polling: 'a polling trigger', webhook: 'a webhook trigger' } as const;

export default defineDiffRule({
  id: 'ppc-bc-trigger-kind-changed',
  description:
    'An operation switched between action and trigger, between polling and webhook, or between `x-ms-trigger: single` and `batch`: flows built on the old kind stop working.',
  severity: 'error',
  remedy:
    'Add the new kind as a new operation (same `x-ms-api-annotation.family`, higher `revision`) and deprecate the old one.',
  examples: {
    invalid: [
      {
        description: 'OnNewTask changed from single to batch.',
        old: { swagger: swagger({ '/trigger/tasks': { get: op('OnNewTask', { 'x-ms-trigger': 'single' }) } }) },
        new: { swagger: swagger({ '/trigger/tasks': { get: op('OnNewTask', { 'x-ms-trigger': 'batch' }) } }) },
      },
    ],
    valid: [
      {
        description: 'OnNewTask stays a single polling trigger.',
        old: { swagger: swagger({ '/trigger/tasks': { get: op('OnNewTask', { 'x-ms-trigger': 'single' }) } }) },
        new: {
          swagger: swagger({
            '/trigger/tasks': { get: op('OnNewTask', { 'x-ms-trigger': 'single', summary: 'When a task is created' }) },
          }),
        },
      },
    ],
  },
  check(ctx) {
    const out: DiffFinding[] = [];
    for (const pair of ctx.pairs) {
      const oldValue = pair.old.node['x-ms-trigger'];
      const newValue = pair.new.node['x-ms-trigger'];
      if (pair.old.trigger !== pair.new.trigger) {
        out.push({
          side: 'new',
          path: newValue !== undefined ? [...pair.new.jsonPath, 'x-ms-trigger'] : pair.new.jsonPath,
          otherPath: oldValue !== undefined ? [...pair.old.jsonPath, 'x-ms-trigger'] : pair.old.jsonPath,
          operationId: pair.id,
          message: `Operation ${describeOp(pair.new)} changed from ${KIND_TEXT[pair.old.trigger]} to ${KIND_TEXT[pair.new.trigger]}; flows built on it stop working. Add the new kind as a new operation (same x-ms-api-annotation family, higher revision) and deprecate this one.`,
        });
      } else if (
        oldValue !== undefined &&
        newValue !== undefined &&
        typeof oldValue === 'string' &&
        typeof newValue === 'string' &&
        oldValue.toLowerCase() !== newValue.toLowerCase()
      ) {
        out.push({
          side: 'new',
          path: [...pair.new.jsonPath, 'x-ms-trigger'],
          otherPath: [...pair.old.jsonPath, 'x-ms-trigger'],
          operationId: pair.id,
          message: `Trigger ${describeOp(pair.new)} changed x-ms-trigger from ${quote(oldValue)} to ${quote(newValue)}; flows receive items differently. Add the new kind as a new operation and deprecate this one.`,
        });
      }
    }
    return out;
  },
});
