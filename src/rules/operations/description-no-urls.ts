import { createRulesetFunction } from '@stoplight/spectral-core';
import type { IFunctionResult } from '@stoplight/spectral-core';
import type { JsonPath } from '@stoplight/types';
import { oas2 } from '@stoplight/spectral-formats';
import { ROOT } from '../../collections';
import { defineRule } from '../../types';
import { isObject, quote } from '../../utils/guards';
import { URL_PATTERN } from '../../utils/operations-text';
import { connectorModel, writtenSchemas } from '../../model';
import { isInternal } from '../../model/visibility';

/** Reports raw URLs in visible operation, parameter and schema descriptions, each where it is written. */
const noUrlsInDescriptions = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function noUrlsInDescriptions(input) {
    const results: IFunctionResult[] = [];
    const check = (holder: unknown, path: JsonPath, what: string): void => {
      if (!isObject(holder) || typeof holder.description !== 'string') return;
      const url = URL_PATTERN.exec(holder.description);
      if (url)
        results.push({
          message: `${what} description contains the URL ${quote(url[0])}`,
          path: [...path, 'description'],
        });
    };
    const checkParams = (params: unknown, base: JsonPath, hidden: boolean): void => {
      if (!Array.isArray(params)) return;
      params.forEach((p, i) => {
        if (!hidden && !isInternal(p)) check(p, [...base, i], 'Parameter');
      });
    };
    if (!isObject(input)) return;
    const seenPathItems = new Set<string>();
    for (const { path, method, node: operation, pathItem } of connectorModel(input).operations) {
      if (!seenPathItems.has(path)) {
        seenPathItems.add(path);
        checkParams(pathItem.parameters, ['paths', path, 'parameters'], false);
      }
      const hidden = isInternal(operation);
      if (!hidden) check(operation, ['paths', path, method], 'Operation');
      checkParams(operation.parameters, ['paths', path, method, 'parameters'], hidden);
    }
    if (isObject(input.parameters)) {
      for (const [name, p] of Object.entries(input.parameters))
        if (!isInternal(p)) check(p, ['parameters', name], 'Parameter');
    }
    for (const visit of writtenSchemas(input)) {
      if (!visit.hidden) check(visit.schema, visit.path, visit.propertyName ? 'Property' : 'Schema');
    }
    return results;
  },
);

export default defineRule('ppc-description-no-urls', {
  description:
    'Operation, parameter and property descriptions carry no raw URLs; link documentation from the readme or `x-ms-docs` instead.',
  message: '{{error}}; describe the value in words and move links to the readme (community certification guidance).',
  severity: 'info',
  formats: [oas2],
  given: ROOT,
  resolved: false,
  then: { function: noUrlsInDescriptions },
  'x-ppc': {
    requirements: ['description-no-urls'],
    section: '3',
    sources: ['SK'],
    specLevel: 'I',
    examples: {
      invalid: [
        {
          description: 'A documentation link in an operation description.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1tasks/get/description',
              value: 'Lists the tasks. See https://docs.contoso.com/tasks for details.',
            },
          ],
        },
        {
          description: 'A link in a property description.',
          edits: [
            {
              op: 'set',
              path: '/definitions/Task/properties/id/description',
              value: 'The task ID, as shown on www.contoso.com.',
            },
          ],
        },
      ],
      valid: [
        {
          description: 'Descriptions in words.',
          edits: [
            { op: 'set', path: '/paths/~1tasks/get/description', value: 'Lists the tasks of the signed-in user.' },
          ],
        },
      ],
    },
  },
});
