import { createRulesetFunction } from '@stoplight/spectral-core';
import type { IFunctionResult } from '@stoplight/spectral-core';
import type { JsonPath } from '@stoplight/types';
import { oas2 } from '@stoplight/spectral-formats';
import { defineRule } from '../../types';
import { isObject, quote } from '../../utils/guards';
import { followRef } from '../../model/refs';
import { ruleRoot } from '../../model/visibility';

/**
 * Given a path item, reports body and formData parameters that apply to its GET operation: on the GET
 * itself, or at path level. A `$ref` parameter is followed and reported where the reference is written.
 */
const getNoBody = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function getNoBody(input, _options, context) {
    if (!isObject(input) || !isObject(input.get)) return;
    const root = ruleRoot(context);
    const results: IFunctionResult[] = [];
    const check = (params: unknown, base: JsonPath, where: string): void => {
      if (!Array.isArray(params)) return;
      params.forEach((raw, i) => {
        const param = followRef(root, raw, []).node;
        if (!isObject(param) || (param.in !== 'body' && param.in !== 'formData')) return;
        const isRef = isObject(raw) && typeof raw.$ref === 'string';
        results.push({
          message: `${where} parameter ${quote(param.name ?? '')} is in ${param.in}`,
          path: isRef ? [...base, i] : [...base, i, 'in'],
        });
      });
    };
    check(input.parameters, [...context.path, 'parameters'], 'Path-level');
    check(input.get.parameters, [...context.path, 'get', 'parameters'], 'GET');
    return results;
  },
);

export default defineRule('ppc-get-no-body', {
  description: 'A GET operation has no `body` or `formData` parameter (including path-level parameters).',
  message:
    '{{error}}; send the data as query or path parameters, or make the operation a POST (Microsoft rejects body parameters on GET: BodyOrFormDataParameterInFetchOperationNotAllowed).',
  severity: 'error',
  formats: [oas2],
  given: '$.paths[*]',
  resolved: false,
  then: { function: getNoBody },
  'x-ppc': {
    requirements: ['get-no-body'],
    section: '3',
    sources: ['L-SVR BodyOrFormDataParameterInFetchOperationNotAllowed'],
    validatorMessage: 'Body or form data parameters are not supported in a fetch operation.',
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'A body parameter on GET.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1tasks/get/parameters/1',
              value: {
                name: 'filter',
                in: 'body',
                required: false,
                'x-ms-summary': 'Filter',
                description: 'The filter to apply.',
                schema: { type: 'object' },
              },
            },
          ],
        },
      ],
      valid: [
        {
          description: 'The same input as a query parameter.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1tasks/get/parameters/1',
              value: {
                name: 'filter',
                in: 'query',
                type: 'string',
                required: false,
                'x-ms-summary': 'Filter',
                description: 'The filter to apply.',
              },
            },
          ],
        },
      ],
    },
  },
});
