import { createRulesetFunction, type IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { defineRule } from '../../types';
import { isObject } from '../../utils/guards';
import { connectorModel } from '../../model';
import { paramName } from '../../utils/params-context';

const paramBodyXorFormData = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function paramBodyXorFormData(item, _options, context) {
    const doc = context.document.data;
    if (!isObject(item)) return;
    const results: IFunctionResult[] = [];
    for (const op of connectorModel(doc).operations) {
      if (op.pathItem !== item) continue;
      const own = op.parameters.filter((p) => p.level === 'operation');
      const ordered = [...own, ...op.parameters.filter((p) => p.level === 'path')];
      const body = ordered.find((p) => p.in === 'body');
      const form = ordered.find((p) => p.in === 'formData');
      if (!body || !form) continue;
      results.push({
        message: `Body parameter ${paramName(body.node)} and formData parameter ${paramName(form.node)} are used together`,
        path: form.usePath,
      });
    }
    return results;
  },
);

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
          edits: [
            {
              op: 'set',
              path: '/paths/~1tasks/post/parameters/1',
              value: { name: 'file', in: 'formData', type: 'file', 'x-ms-summary': 'File', description: 'The file.' },
            },
          ],
        },
      ],
      valid: [
        {
          description: 'Only the body.',
          edits: [{ op: 'set', path: '/paths/~1tasks/post/parameters/0/required', value: true }],
        },
      ],
    },
  },
});
