import { isObject, quote } from '../../utils/guards';
import { defineDiffRule, type DiffFinding } from '../types';
import { op, swagger } from './example-docs';

const HOST_TEMPLATES = /^(dynamichosturl|routerequesttoendpoint|sethost)$/i;

function hostPolicies(apiProperties: unknown): Map<string, { value: unknown; index: number }> {
  const out = new Map<string, { value: unknown; index: number }>();
  const props = isObject(apiProperties) && isObject(apiProperties.properties) ? apiProperties.properties : undefined;
  const list = props?.policyTemplateInstances;
  if (!Array.isArray(list)) return out;
  list.forEach((p: unknown, index) => {
    if (!isObject(p) || typeof p.templateId !== 'string' || !HOST_TEMPLATES.test(p.templateId)) return;
    // routerequesttoendpoint appears once per set of operations it routes.
    const ops = isObject(p.parameters) ? p.parameters['x-ms-apimTemplate-operationName'] : undefined;
    out.set(
      ops === undefined ? p.templateId.toLowerCase() : `${p.templateId.toLowerCase()} for ${JSON.stringify(ops)}`,
      { value: p.parameters, index },
    );
  });
  return out;
}

export default defineDiffRule({
  id: 'ppc-bc-host-or-basepath-changed',
  description:
    'The `host` or `basePath` changed, or a host-routing policy template (dynamichosturl, routerequesttoendpoint) was removed or changed: existing connections call the new address.',
  severity: 'warn',
  remedy: 'Confirm the old address still answers (or redirects), or keep it.',
  examples: {
    invalid: [
      {
        description: 'The host moved to a new domain.',
        old: { swagger: swagger({ '/tasks': { get: op('ListTasks') } }) },
        new: { swagger: swagger({ '/tasks': { get: op('ListTasks') } }, { host: 'tasks.contoso.io' }) },
      },
    ],
    valid: [
      {
        description: 'Host and basePath stay.',
        old: { swagger: swagger({ '/tasks': { get: op('ListTasks') } }) },
        new: { swagger: swagger({ '/tasks': { get: op('ListTasks', { summary: 'List tasks' }) } }) },
      },
    ],
  },
  check(ctx) {
    const out: DiffFinding[] = [];
    const a = isObject(ctx.old.document) ? ctx.old.document : {};
    const b = isObject(ctx.new.document) ? ctx.new.document : {};
    for (const key of ['host', 'basePath'] as const) {
      const before = a[key];
      const after = b[key];
      const norm = (v: unknown): unknown =>
        key === 'basePath' && typeof v === 'string'
          ? v.replace(/(?<!\/)\/+$/, '') || '/'
          : typeof v === 'string'
            ? v.toLowerCase()
            : v;
      if (norm(before) === norm(after)) continue;
      out.push({
        side: after !== undefined ? 'new' : 'old',
        path: [key],
        otherPath: [key],
        field: key,
        message: `${key} changed from ${before === undefined ? '(none)' : quote(before)} to ${after === undefined ? '(none)' : quote(after)}; existing connections now call the new address. Confirm the old address keeps working, or keep it.`,
      });
    }
    const oldPolicies = hostPolicies(ctx.old.apiProperties);
    const newPolicies = hostPolicies(ctx.new.apiProperties);
    for (const [id, before] of oldPolicies) {
      const after = newPolicies.get(id);
      if (!after) {
        out.push({
          side: 'old',
          file: 'apiProperties',
          path: ['properties', 'policyTemplateInstances', before.index],
          otherPath: ['properties', 'policyTemplateInstances'],
          field: id,
          message: `Policy template ${quote(id)} was removed; existing connections were routed by it. Keep it, or confirm the new host works for every connection.`,
        });
      } else if (JSON.stringify(before.value) !== JSON.stringify(after.value)) {
        out.push({
          side: 'new',
          file: 'apiProperties',
          path: ['properties', 'policyTemplateInstances', after.index, 'parameters'],
          otherPath: ['properties', 'policyTemplateInstances', before.index, 'parameters'],
          field: id,
          message: `The parameters of policy template ${quote(id)} changed; existing connections are routed to a different address. Confirm the old address keeps working.`,
        });
      }
    }
    return out;
  },
});
