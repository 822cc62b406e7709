import { createRulesetFunction, type IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { defineRule } from '../../types';
import { isObject } from '../../utils/guards';
import { HTTP_METHODS } from '../../utils/http';
import { effectiveParams, isBodyParam, paramName } from '../../utils/params-context';

const paramBodyXorFormData = createRulesetFunction<unknown, null>({ input: null, options: null }, function paramBodyXorFormData(item, _options, context) {
  const doc = context.document.data;
  const pathKey = context.path[1];
  if (!isObject(item) || typeof pathKey !== 'string') return;
  const results: IFunctionResult[] = [];
  for (const method of HTTP_METHODS) {
    if (!isObject(item[method])) continue;
    const params = effectiveParams(doc, pathKey, method);
    const body = params.find((e) => isBodyParam(e.param));
    const form = params.find((e) => e.param.in === 'formData');
    if (!body || !form) continue;
    results.push({ message: `Body parameter ${paramName(body.param)} and formData parameter ${paramName(form.param)} are used together`, path: form.path });
  }
  return results;
});

export default defineRule('ppc-param-body-xor-formdata', {
  description: 'An operation uses either an `in: body` parameter or `in: formData` parameters, never both.',
  message: '{{error}}; send either a body or form fields (Microsoft rejects operations with both).',
  severity: 'error',
  formats: [oas2],
  given: '$.paths[*]',
  resolved: false,
  then: { function: paramBodyXorFormData },
  'x-ppc': {
    requirements: ['param-body-xor-formdata'],
    section: '6',
    sources: ['L-SVR ParameterListContainsFormDataAndBody'],
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'A form field next to the body.',
          edits: [{ op: 'set', path: '/paths/~1tasks/post/parameters/1', value: { name: 'file', in: 'formData', type: 'file', 'x-ms-summary': 'File', description: 'The file.' } }],
        },
      ],
      valid: [{ description: 'Only the body.', edits: [{ op: 'set', path: '/paths/~1tasks/post/parameters/0/required', value: true }] }],
    },
  },
});
