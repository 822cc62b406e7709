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

/** What the platform sends a JSON body as when no `consumes` applies (none written, or an empty list). */
const PLATFORM_DEFAULT = 'application/json';

/**
 * The media types an operation's requests may use: its `consumes` (or the root's); without one, the platform
 * default for a body parameter, and none for formData parameters (a form has no default encoding: the list is
 * required, ConsumesMissing).
 */
function effectiveTypes(op: OperationModel): { types: string[]; written: boolean } {
  const types = op.consumes.map(mediaType).filter((t) => t !== '');
  if (types.length > 0) return { types, written: true };
  return { types: op.body !== undefined ? [PLATFORM_DEFAULT] : [], written: false };
}

/** The list as the message shows it: as written, or what applies when none is. */
function shown(op: OperationModel, effective: { types: string[]; written: boolean }): string {
  if (effective.written) return list(op.consumes);
  return effective.types.length > 0 ? `none, so the platform default ${list(effective.types)}` : 'none';
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
    'An operation that sends a request body no longer accepts a media type it did (`consumes`, on the operation or at the root): the request is now encoded differently, and callers that send the old type break. Without a `consumes` (none written, or an empty list) a body parameter is sent as the platform default `application/json`: removing `["application/json"]` is not reported, removing `["application/x-www-form-urlencoded"]` is, and so is writing a list without JSON where there was none. formData parameters have no default: removing their list is reported, writing one where there was none is not. Adding a media type is not reported.',
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
        description: 'CreateTask no longer has a consumes: it is sent as application/json, not form-encoded.',
        old: { swagger: createTask(['application/x-www-form-urlencoded']) },
        new: { swagger: createTask(undefined) },
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
        description: 'CreateTask drops consumes application/json: the platform default is the same type.',
        old: { swagger: createTask(['application/json']) },
        new: { swagger: createTask(undefined) },
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
      // Without a body nothing is encoded by consumes.
      if (!sendsBody(pair.old) || !sendsBody(pair.new)) continue;
      const before = effectiveTypes(pair.old);
      const after = effectiveTypes(pair.new);
      const removed = [...new Set(before.types)].filter((t) => !accepts(after.types, t));
      if (removed.length === 0) continue;
      const plural = removed.length > 1;
      out.push({
        side: 'new',
        path: consumesPath(ctx.new.document, pair.new),
        otherPath: consumesPath(ctx.old.document, pair.old),
        operationId: pair.id,
        field: 'consumes',
        message: `Operation ${describeOp(pair.new)} no longer accepts the request media type${plural ? 's' : ''} ${list(removed)} (consumes ${shown(pair.old, before)} → ${shown(pair.new, after)}); requests are now encoded differently and callers that send ${plural ? 'them' : 'it'} break. Keep ${list(removed)} in consumes, or move the change to a new operation revision.`,
      });
    }
    return out;
  },
});
