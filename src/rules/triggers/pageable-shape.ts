import { createRulesetFunction, type IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { isObject, quote, show } from '../../utils/guards';

const pageableShape = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function pageableShape(input, _options, context) {
    if (input === undefined) return;
    if (!isObject(input)) return [{ message: `is ${Array.isArray(input) ? 'an array' : show(input)}, not an object` }];
    const results: IFunctionResult[] = [];
    if (input.nextLinkName === undefined) results.push({ message: 'has no "nextLinkName"' });
    else if (typeof input.nextLinkName !== 'string')
      results.push({
        message: `has a "nextLinkName" that is not a string (${show(input.nextLinkName)})`,
        path: [...context.path, 'nextLinkName'],
      });
    for (const key of Object.keys(input))
      if (key !== 'nextLinkName')
        results.push({ message: `has the unknown key ${quote(key)}`, path: [...context.path, key] });
    return results;
  },
);

export default defineRule('ppc-pageable-shape', {
  description: '`x-ms-pageable` is `{ "nextLinkName": "<string>" }` with no other keys.',
  message:
    'x-ms-pageable {{error}}; write { "nextLinkName": "nextLink" } or { "nextLinkName": "@odata.nextLink" } (the platform accepts no other form).',
  severity: 'error',
  formats: [oas2],
  given: OPERATIONS,
  resolved: false,
  then: { field: 'x-ms-pageable', function: pageableShape },
  'x-ppc': {
    requirements: ['pageable-shape', 'x-ms-pageable'],
    section: '5',
    sources: ['R-SCH-API'],
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'The AutoRest form with "itemName".',
          edits: [
            {
              op: 'set',
              path: '/paths/~1tasks/get/x-ms-pageable',
              value: { nextLinkName: 'nextLink', itemName: 'value' },
            },
          ],
        },
        {
          description: 'A bare string.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/x-ms-pageable', value: 'nextLink' }],
        },
      ],
      valid: [
        {
          description: 'Only "nextLinkName".',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/x-ms-pageable', value: { nextLinkName: 'nextLink' } }],
        },
      ],
    },
  },
});
