import type { IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { documentFunction } from '../../functions/triggers-document-check';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { isObject, quote } from '../../utils/guards';
import { followToObject, connectorModel } from '../../model';
import { schemaProperties, successResponses } from '../../model/schema-views';
import { operationLabel } from '../../utils/triggers-webhooks';

export const checkNextLinkInResponse = documentFunction('pageableNextLinkInResponse', (doc) => {
  const results: IFunctionResult[] = [];
  for (const info of connectorModel(doc).operations) {
    const pageable = info.node['x-ms-pageable'];
    if (!isObject(pageable) || typeof pageable.nextLinkName !== 'string' || pageable.nextLinkName === '') continue;
    const name = pageable.nextLinkName;
    let known = false;
    let found = false;
    const seen: string[] = [];
    for (const r of successResponses(info)) {
      if (r.node.schema === undefined) continue;
      const schema = followToObject(doc, r.node.schema, [...r.jsonPath, 'schema']);
      if (!schema) continue;
      if (schema.node.type === 'array' || isObject(schema.node.items)) {
        known = true;
        seen.push(`${r.code} returns an array`);
        continue;
      }
      const { props, open } = schemaProperties(doc, schema.node, schema.path);
      if (props.has(name)) found = true;
      else if (!open) {
        known = true;
        seen.push(
          `${r.code} has ${
            props.size === 0
              ? 'no properties'
              : `only ${[...props.keys()]
                  .slice(0, 5)
                  .map((p) => quote(p, 30))
                  .join(', ')}`
          }`,
        );
      }
    }
    if (found || !known) continue;
    results.push({
      message: `nextLinkName ${quote(name)} of ${operationLabel(info)} is not a property of its success response (${seen.join('; ')})`,
      path: [...info.jsonPath, 'x-ms-pageable', 'nextLinkName'],
    });
  }
  return results;
});

export default defineRule('ppc-pageable-nextlink-in-response', {
  description:
    "The property named by `x-ms-pageable.nextLinkName` exists at the top level of the operation's success response schema.",
  message:
    '{{error}}; add the next-link property to the response schema (otherwise paging silently stops after the first page).',
  severity: 'warn',
  formats: [oas2],
  given: `${OPERATIONS}['x-ms-pageable']`,
  resolved: false,
  then: { function: checkNextLinkInResponse },
  'x-ppc': {
    requirements: ['pageable-nextlink-in-response'],
    section: '5',
    sources: ['R-SCH-API', 'L-EXT'],
    specLevel: 'W',
    examples: {
      invalid: [
        {
          description: 'A pageable operation that returns a bare array.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/x-ms-pageable', value: { nextLinkName: 'nextLink' } }],
        },
      ],
      valid: [
        {
          description: 'A page object with "value" and "nextLink".',
          edits: [
            { op: 'set', path: '/paths/~1tasks/get/x-ms-pageable', value: { nextLinkName: 'nextLink' } },
            {
              op: 'set',
              path: '/paths/~1tasks/get/responses/200/schema',
              value: {
                type: 'object',
                properties: {
                  value: { type: 'array', items: { $ref: '#/definitions/Task' } },
                  nextLink: { type: 'string', 'x-ms-visibility': 'internal', description: 'The URL of the next page.' },
                },
              },
            },
          ],
        },
      ],
    },
  },
});
