import { quote } from '../../utils/guards';
import type { SchemaChange } from '../changes';
import { defineDiffRule } from '../types';
import { body, createTask, object, op, pathParam, query, swagger } from './example-docs';
import { describeOp, fieldName, fromChanges } from './shared';

const TASK = object({ title: { type: 'string' } });
const listTasks = (...parameters: unknown[]) => swagger({ '/tasks': { get: op('ListTasks', { parameters }) } });

/** Flows store inputs by parameter name, so a rename loses what they saved just as a removal does. */
function renamedMessage(c: SchemaChange): string {
  const op = describeOp(c.operation);
  const from = quote(c.oldValue);
  const to = quote(c.newValue);
  const stored = `${quote(`${String(c.oldValue)}/…`)}`;
  if (c.field === 'body' && c.hidden)
    return `The body parameter of operation ${op} was renamed from ${from} to ${to}; it held only internal inputs, but any that existing flows stored under ${stored} are lost. Keep the name ${from}, or confirm no flow stores them.`;
  if (c.field === 'body')
    return `The body parameter of operation ${op} was renamed from ${from} to ${to}; existing flows store the body inputs under the old name (${stored}) and lose them. Keep the name ${from}, or move the change to a new operation revision.`;
  const location = c.field.slice(0, c.field.indexOf('.'));
  if (location === 'path')
    return `The path parameter ${from} of operation ${op} was renamed to ${to}; existing flows store its value under the old name and lose it. Keep the name ${from} (the placeholder {${String(c.oldValue)}}), or move the change to a new operation revision.`;
  return `A ${location} parameter of operation ${op} was renamed from ${from} to ${to}; existing flows store its value under the old name and lose it. Keep the name ${from}, or move the change to a new operation revision.`;
}

/** A rename loses what flows stored as a removal does: the same severity, except a path or body parameter's. */
function renamedSeverity(c: SchemaChange): 'warn' | undefined {
  const location = c.field.slice(0, c.field.indexOf('.'));
  const removalLike = location === 'query' || location === 'header' || location === 'formData';
  return c.hidden || (removalLike && !c.required) ? 'warn' : undefined;
}

export default defineDiffRule({
  id: 'ppc-bc-parameter-removed',
  description:
    'A parameter or body property of a surviving operation was removed, or a path parameter (placeholder) or the body parameter was renamed: existing flows store inputs by parameter name. A query, header or formData parameter is renamed when it is the only one of its location that went and the only one that came, of the same type and not made required; otherwise it is a removal (and an addition). Warning when it was internal or optional (a path or body rename: when it was internal).',
  severity: 'error',
  remedy:
    'Keep the parameter under its old name (mark it `x-ms-visibility: internal` if it should no longer be shown), or add a new operation revision without it.',
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
      {
        description: 'The path parameter of GetTask was renamed: /tasks/{id} became /tasks/{taskId}.',
        old: { swagger: swagger({ '/tasks/{id}': { get: op('GetTask', { parameters: [pathParam('id')] }) } }) },
        new: {
          swagger: swagger({ '/tasks/{taskId}': { get: op('GetTask', { parameters: [pathParam('taskId')] }) } }),
        },
      },
      {
        description: 'The query parameter "top" of ListTasks was renamed to "limit": one finding, not two.',
        old: { swagger: listTasks(query('top', { required: true })) },
        new: { swagger: listTasks(query('limit', { required: true })) },
      },
      {
        description: 'The body parameter of CreateTask was renamed from "body" to "payload".',
        old: { swagger: swagger({ '/tasks': { post: op('CreateTask', { parameters: [body(TASK)] }) } }) },
        new: {
          swagger: swagger({
            '/tasks': { post: op('CreateTask', { parameters: [body(TASK, { name: 'payload' })] }) },
          }),
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
      {
        description: 'The body parameter keeps its name "body" and gains an optional property.',
        old: { swagger: createTask(TASK) },
        new: { swagger: createTask(object({ title: { type: 'string' }, due: { type: 'string' } })) },
      },
    ],
  },
  check(ctx) {
    return fromChanges(
      ctx,
      (c) => c.direction === 'input' && (c.kind === 'removed' || c.kind === 'renamed'),
      (c) =>
        c.kind === 'renamed'
          ? { side: 'new', severity: renamedSeverity(c), message: renamedMessage(c) }
          : {
              side: 'old',
              severity: c.hidden || !c.required ? 'warn' : undefined,
              message: `The ${fieldName(c)} of operation ${describeOp(c.operation)} was removed${c.required ? ' (it was required)' : ''}; existing flows still send it. Keep it (x-ms-visibility: internal hides it) or move the change to a new operation revision.`,
            },
    );
  },
});
