import type { JsonPath } from '@stoplight/types';
import type { OperationModel } from '../../model';
import { isObject, quote } from '../../utils/guards';
import { defineDiffRule, type DiffFinding } from '../types';
import { body, object, op, swagger, type Json } from './example-docs';
import { describeOp } from './shared';

/** `Application/JSON; charset=utf-8` → `application/json`: parameters do not change what a request carries. */
function mediaType(value: string): string {
  return (value.split(';')[0] ?? '').trim().toLowerCase();
}

/** The new list still accepts `type`: listed, or covered by a wildcard (`application/*`, or the any-type one). */
function accepts(list: readonly string[], type: string): boolean {
  const [major] = type.split('/');
  return list.some((t) => t === type || t === '*/*' || t === `${major}/*`);
}

/** Media types in full: `application/x-www-form-urlencoded` is longer than a shortened list value. */
function list(values: readonly string[]): string {
  return values.map((v) => quote(v, 100)).join(', ');
}

/** The operation sends a request body: a body parameter or formData parameters. */
function sendsBody(op: OperationModel): boolean {
  return op.body !== undefined || op.formData.length > 0;
}

/** Where the effective `consumes` is written: on the operation, else at the root. */
function consumesPath(document: unknown, op: OperationModel): JsonPath {
  if (Array.isArray(op.node.consumes)) return [...op.jsonPath, 'consumes'];
  return isObject(document) && Array.isArray(document.consumes) ? ['consumes'] : op.jsonPath;
}

const TASK = object({ title: { type: 'string' } });
const createTask = (consumes: string[] | undefined, root: Json = {}) =>
  swagger(
    { '/tasks': { post: op('CreateTask', { parameters: [body(TASK)], ...(consumes ? { consumes } : {}) }) } },
    root,
  );

export default defineDiffRule({
  id: 'ppc-bc-request-media-type-removed',
  description:
    'An operation that sends a request body no longer accepts a media type it did (`consumes`, on the operation or at the root): the request is now encoded differently, and callers that send the old type break. Adding a media type is not reported; neither is a list that was not written before.',
  severity: 'warn',
  remedy:
    'Keep the old media type in `consumes` (first, so that requests stay encoded as before), or move the new encoding to a new operation revision.',
  examples: {
    invalid: [
      {
        description: 'CreateTask changed from application/json to application/x-www-form-urlencoded.',
        old: { swagger: createTask(['application/json']) },
        new: { swagger: createTask(['application/x-www-form-urlencoded']) },
      },
      {
        description: 'The root consumes lost text/xml, which CreateTask inherits.',
        old: { swagger: createTask(undefined, { consumes: ['application/json', 'text/xml'] }) },
        new: { swagger: createTask(undefined, { consumes: ['application/json'] }) },
      },
    ],
    valid: [
      {
        description: 'CreateTask adds text/xml next to application/json.',
        old: { swagger: createTask(['application/json']) },
        new: { swagger: createTask(['application/json', 'text/xml']) },
      },
      {
        description: 'A media type parameter or case changes nothing (application/json; charset=utf-8).',
        old: { swagger: createTask(['application/json']) },
        new: { swagger: createTask(['Application/JSON; charset=utf-8']) },
      },
    ],
  },
  check(ctx) {
    const out: DiffFinding[] = [];
    for (const pair of ctx.pairs) {
      // Without a body nothing is encoded by consumes; an unwritten list says nothing to compare.
      if (!sendsBody(pair.old) || !sendsBody(pair.new)) continue;
      const before = pair.old.consumes.map(mediaType);
      const after = pair.new.consumes.map(mediaType);
      if (before.length === 0 || after.length === 0) continue;
      const removed = [...new Set(before)].filter((t) => !accepts(after, t));
      if (removed.length === 0) continue;
      const plural = removed.length > 1;
      out.push({
        side: 'new',
        path: consumesPath(ctx.new.document, pair.new),
        otherPath: consumesPath(ctx.old.document, pair.old),
        operationId: pair.id,
        field: 'consumes',
        message: `Operation ${describeOp(pair.new)} no longer accepts the request media type${plural ? 's' : ''} ${list(removed)} (consumes ${list(pair.old.consumes)} → ${list(pair.new.consumes)}); requests are now encoded differently and callers that send ${plural ? 'them' : 'it'} break. Keep ${list(removed)} in consumes, or move the change to a new operation revision.`,
      });
    }
    return out;
  },
});
