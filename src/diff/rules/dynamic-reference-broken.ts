import { isObject, quote } from '../../utils/guards';
import type { DynamicUse, OperationModel } from '../../model';
import { defineDiffRule, type DiffFinding } from '../types';
import { type Json, op, query, swagger } from './example-docs';
import { describeOp } from './shared';

function parameterNames(use: DynamicUse): string[] {
  const value = use.value;
  if (!isObject(value)) return [];
  const sources = [
    value.parameters,
    isObject(value.open) ? value.open.parameters : undefined,
    isObject(value.browse) ? value.browse.parameters : undefined,
  ];
  const names: string[] = [];
  for (const s of sources) if (isObject(s)) names.push(...Object.keys(s));
  return names;
}

function hasParameter(op: OperationModel, name: string): boolean {
  return op.parameters.some(
    (p) => p.name === name || (p.in === 'header' && p.name.toLowerCase() === name.toLowerCase()),
  );
}

/** Where a dynamic use sits, independent of array positions that may shift: operationId + the path below it. */
function siteKey(use: DynamicUse): string | undefined {
  if (!use.operation?.operationId) return undefined;
  return `${use.operation.operationId}|${use.kind}|${JSON.stringify(use.path.slice(3).filter((s) => typeof s === 'string' && !/^\d+$/.test(s)))}`;
}

/** A definition whose ListTasks has a project dropdown filled by ListProjects, next to the given `/projects` GET. */
function projectPicker(helper: Json): Json {
  return swagger({
    '/projects': { get: helper },
    '/tasks': {
      get: op('ListTasks', {
        parameters: [query('project', { 'x-ms-dynamic-values': { operationId: 'ListProjects', 'value-path': 'id' } })],
      }),
    },
  });
}

export default defineDiffRule({
  id: 'ppc-bc-dynamic-reference-broken',
  description:
    'An x-ms-dynamic-values/-schema/-properties/-list/-tree that existed before now points to an operationId that is gone, or passes a parameter the target operation no longer has: dropdowns and dynamic fields of existing flows break.',
  severity: 'error',
  remedy:
    'Keep the helper operation (it may be `x-ms-visibility: internal`) with its parameter names, or update every x-ms-dynamic-* that uses it.',
  examples: {
    invalid: [
      {
        description: 'The helper operation ListProjects, used for the project dropdown, was renamed.',
        old: {
          swagger: projectPicker(op('ListProjects', { 'x-ms-visibility': 'internal' })),
        },
        new: {
          swagger: projectPicker(op('GetProjects', { 'x-ms-visibility': 'internal' })),
        },
      },
    ],
    valid: [
      {
        description: 'The helper operation stays.',
        old: {
          swagger: projectPicker(op('ListProjects', { 'x-ms-visibility': 'internal' })),
        },
        new: {
          swagger: projectPicker(op('ListProjects', { 'x-ms-visibility': 'internal', summary: 'List projects' })),
        },
      },
    ],
  },
  check(ctx) {
    const out: DiffFinding[] = [];
    const oldSites = new Map<string, DynamicUse>();
    for (const use of ctx.old.model.dynamicUses) {
      const key = siteKey(use);
      if (key && use.operationId) oldSites.set(key, use);
    }
    const seen = new Set<string>();
    for (const use of ctx.new.model.dynamicUses) {
      const key = siteKey(use);
      if (!key || !use.operationId) continue;
      const before = oldSites.get(key);
      if (!before?.operationId) continue; // a new dynamic use is the lint's business
      seen.add(key);
      const host = use.operation as OperationModel;
      const target = ctx.new.model.operationsById.get(use.operationId)?.[0];
      if (!target) {
        out.push({
          side: 'new',
          path: use.path,
          otherPath: before.path,
          operationId: host.operationId,
          field: use.kind,
          message: `The ${use.kind} of operation ${describeOp(host)} calls ${quote(use.operationId)}, which no longer exists${before.operationId !== use.operationId ? '' : ' in this version'}; existing flows lose the dynamic values. Keep the helper operation (it may be internal) or point this at its replacement.`,
        });
        continue;
      }
      const oldTarget = ctx.old.model.operationsById.get(before.operationId)?.[0];
      for (const name of parameterNames(use)) {
        if (hasParameter(target, name)) continue;
        if (oldTarget && !hasParameter(oldTarget, name)) continue; // already broken before
        out.push({
          side: 'new',
          path: use.path,
          otherPath: before.path,
          operationId: host.operationId,
          field: `${use.kind}.${name}`,
          message: `The ${use.kind} of operation ${describeOp(host)} passes parameter ${quote(name)} to ${describeOp(target)}, which no longer has it; the dynamic values stop loading. Keep the parameter name on the target operation, or update the reference.`,
        });
      }
    }
    // A dynamic use whose host operation survived but whose target was removed together with the use itself.
    for (const [key, use] of oldSites) {
      if (seen.has(key) || !use.operationId || !use.operation?.operationId) continue;
      if (ctx.new.model.operationsById.has(use.operationId)) continue;
      const host = ctx.new.model.operationsById.get(use.operation.operationId)?.[0];
      if (!host) continue;
      out.push({
        side: 'old',
        path: use.path,
        otherPath: host.jsonPath,
        operationId: host.operationId,
        field: use.kind,
        message: `The ${use.kind} of operation ${describeOp(host)} used ${quote(use.operationId)}, which was removed together with the reference; existing flows lose the dynamic values they were built with. Keep the helper operation (it may be internal).`,
      });
    }
    return out;
  },
});
