import type { IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { documentFunction } from '../../functions/triggers-document-check';
import { PARAMETERS } from '../../collections';
import { defineRule, type ExampleEdit } from '../../types';
import { isObject, quote, show } from '../../utils/guards';
import { type ParameterModel } from '../../model';
import { operationLabel, operationModels, type OperationModel } from '../../utils/triggers-webhooks';
import { addLinkedTriggers, pathPointer } from './example-edits';

const visibility = (p: ParameterModel): string =>
  typeof p.node['x-ms-visibility'] === 'string' ? p.node['x-ms-visibility'].trim().toLowerCase() : '';

/**
 * Fetch (polling) / subscribe (webhook) pairs: linked by x-ms-notification, or a GET trigger beside a webhook trigger.
 */
function pairs(models: OperationModel[]): Array<{ fetch: OperationModel; subscribe: OperationModel }> {
  const out: Array<{ fetch: OperationModel; subscribe: OperationModel }> = [];
  const byId = new Map<string, OperationModel>();
  for (const m of models)
    if (m.info.operationId !== undefined && !byId.has(m.info.operationId)) byId.set(m.info.operationId, m);
  for (const m of models) {
    const n = m.info.node['x-ms-notification'];
    if (isObject(n) && typeof n.operationId === 'string') {
      const target = byId.get(n.operationId);
      if (target && target !== m && target.webhook) out.push({ fetch: m, subscribe: target });
    }
  }
  for (const subscribe of models) {
    if (!subscribe.trigger || !subscribe.webhook || subscribe.info.method === 'get') continue;
    const fetch = models.find(
      (m) => m.info.pathItem === subscribe.info.pathItem && m.info.method === 'get' && m.trigger && !m.webhook,
    );
    if (fetch && !out.some((p) => p.fetch === fetch && p.subscribe === subscribe)) out.push({ fetch, subscribe });
  }
  return out;
}

export const checkWebhookParamsConsistent = documentFunction('webhookParamsConsistent', (doc) => {
  const results: IFunctionResult[] = [];
  for (const { fetch, subscribe } of pairs(operationModels(doc))) {
    for (const sp of subscribe.params) {
      if (sp.in === 'body' || typeof sp.node.name !== 'string') continue;
      const fp = fetch.params.find((p) => p.name === sp.name && p.in !== 'body');
      if (!fp) continue;
      const problems: string[] = [];
      if (fp.node.type !== sp.node.type)
        problems.push(`type ${quote(show(sp.node.type ?? 'none'))} vs ${quote(show(fp.node.type ?? 'none'))}`);
      if (visibility(fp) !== visibility(sp))
        problems.push(`visibility ${quote(visibility(sp) || 'none')} vs ${quote(visibility(fp) || 'none')}`);
      if (problems.length === 0) continue;
      results.push({
        message: `Parameter ${quote(sp.name)} of ${operationLabel(subscribe.info)} differs from the one of ${operationLabel(fetch.info)} (${problems.join(', ')})`,
        path: sp.usePath,
      });
    }
  }
  return results;
});

/** Edit that gives the webhook a `since` query parameter of this type and visibility. */
function webhookSince(type: string, visibility: string): ExampleEdit {
  return {
    op: 'set',
    path: pathPointer('/hooks', 'post', 'parameters', '1'),
    value: {
      name: 'since',
      in: 'query',
      type,
      required: false,
      'x-ms-visibility': visibility,
      'x-ms-summary': 'Since',
      description: 'Start time.',
    },
  };
}

export default defineRule('ppc-webhook-params-consistent', {
  description:
    "Parameters with the same name in a trigger's fetch (polling) and subscribe (webhook) operations have the same type and visibility.",
  message:
    '{{error}}; give both the same type and x-ms-visibility (Microsoft rejects the pair: ParamtersWithSameNameMustHaveSameTypeAndVisibility).',
  severity: 'error',
  formats: [oas2],
  given: PARAMETERS,
  resolved: false,
  then: { function: checkWebhookParamsConsistent },
  'x-ppc': {
    requirements: ['webhook-params-consistent'],
    section: '5',
    sources: ['L-SVR ParamtersWithSameNameMustHaveSameTypeAndVisibility'],
    validatorMessage: 'ParamtersWithSameNameMustHaveSameTypeAndVisibility',
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description:
            'A polling trigger linked to a webhook, where "since" is internal in one and an advanced integer in the other.',
          edits: [...addLinkedTriggers(), webhookSince('integer', 'advanced')],
        },
      ],
      valid: [
        {
          description: 'The same "since" parameter in both.',
          edits: [...addLinkedTriggers(), webhookSince('string', 'internal')],
        },
      ],
    },
  },
});
