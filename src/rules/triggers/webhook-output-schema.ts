import type { IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { triggerOperationFunction } from '../../functions/triggers-document-check';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { isObject } from '../../utils/guards';
import { followToObject } from '../../model';
import { SCHEMA_SHAPE_KEYS } from '../../utils/responses-helpers';
import { notificationContentOf, operationLabel } from '../../utils/triggers-webhooks';
import { addWebhook, pathPointer } from './example-edits';

export const checkWebhookOutputSchema = triggerOperationFunction('webhookOutputSchema', (model, doc) => {
  const results: IFunctionResult[] = [];
  if (!model.trigger || !model.webhook) return results;
  const content = notificationContentOf(model.info);
  if (!content || !isObject(content.value)) return results;
  const schemaPath = [...content.path, 'schema'];
  const raw = content.value.schema;
  if (raw === undefined) {
    results.push({
      message: `Webhook trigger ${operationLabel(model.info)} has no schema in x-ms-notification-content`,
      path: content.path,
    });
    return results;
  }
  const found = followToObject(doc, raw, schemaPath);
  if (!found) return results; // a broken or cyclic $ref: reported by the reference rules
  if (!SCHEMA_SHAPE_KEYS.some((k) => k in found.node)) {
    results.push({
      message: `Webhook trigger ${operationLabel(model.info)} has an empty x-ms-notification-content schema`,
      path: isObject(raw) && '$ref' in raw ? found.path : schemaPath,
    });
  }
  return results;
});

export default defineRule('ppc-webhook-output-schema', {
  description:
    'A webhook trigger defines its outputs in `x-ms-notification-content.schema` (not `{}`), so the designer shows them.',
  message:
    '{{error}}; describe the payload the service posts in x-ms-notification-content.schema (otherwise the trigger shows no outputs: SchemaDefinitionSetIncorrectly).',
  severity: 'warn',
  formats: [oas2],
  given: OPERATIONS,
  resolved: false,
  then: { function: checkWebhookOutputSchema },
  'x-ppc': {
    requirements: ['webhook-output-schema'],
    section: '5',
    sources: ['L-SVR SchemaDefinitionSetIncorrectly'],
    validatorMessage:
      "The operation '{0}' should define an output schema on the 200 or 201 response code or in 'x-ms-notification-content' extension for a webhook to be visible in the designer.",
    specLevel: 'W',
    examples: {
      invalid: [
        {
          description: 'An empty notification schema.',
          edits: [
            ...addWebhook(),
            { op: 'set', path: pathPointer('/hooks', 'x-ms-notification-content', 'schema'), value: {} },
          ],
        },
      ],
      valid: [{ description: 'The notification schema refers to a definition.', edits: addWebhook() }],
    },
  },
});
