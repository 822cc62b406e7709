import { quote } from '../../utils/guards';
import { defineDiffRule } from '../types';
import { op, pathParam as idParam, swagger } from './example-docs';
import { describeOp, fromChanges } from './shared';

const pathParam = (extra: Record<string, unknown> = {}) => idParam('id', extra);

export default defineDiffRule({
  id: 'ppc-bc-parameter-encoding-changed',
  description:
    'The `x-ms-url-encoding` of a path parameter changed (`single` ↔ `double`): the same value saved in existing flows now reaches the API encoded differently.',
  severity: 'error',
  remedy: 'Keep the old encoding for this operation; use a new operation revision for the new one.',
  examples: {
    invalid: [
      {
        description: 'The task id changed from single to double URL encoding.',
        old: { swagger: swagger({ '/tasks/{id}': { get: op('GetTask', { parameters: [pathParam()] }) } }) },
        new: {
          swagger: swagger({
            '/tasks/{id}': { get: op('GetTask', { parameters: [pathParam({ 'x-ms-url-encoding': 'double' })] }) },
          }),
        },
      },
    ],
    valid: [
      {
        description: 'Writing the default encoding (single) explicitly changes nothing.',
        old: { swagger: swagger({ '/tasks/{id}': { get: op('GetTask', { parameters: [pathParam()] }) } }) },
        new: {
          swagger: swagger({
            '/tasks/{id}': { get: op('GetTask', { parameters: [pathParam({ 'x-ms-url-encoding': 'single' })] }) },
          }),
        },
      },
    ],
  },
  check(ctx) {
    return fromChanges(
      ctx,
      (c) => c.kind === 'encoding',
      (c) => ({
        message: `The x-ms-url-encoding of path parameter ${quote(c.field)} of operation ${describeOp(c.operation)} changed from ${quote(c.oldValue)} to ${quote(c.newValue)}; values saved in existing flows now reach the API encoded differently. Keep the old encoding, or add a new operation revision.`,
      }),
    );
  },
});
