import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { defineRule } from '../../types';
import { isObject, quote } from '../../utils/guards';

const noRefChain = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function noRefChain(input, _options, context) {
    if (!isObject(input) || !('$ref' in input)) return;
    const name = String(context.path[context.path.length - 1] ?? '');
    return [{ message: `${quote(name)} is only a reference to ${quote(input.$ref)}`, path: [...context.path, '$ref'] }];
  },
);

export default defineRule('ppc-schema-no-ref-chain', {
  description: 'A definition under `#/definitions` is a schema of its own, not just a `$ref` to another definition.',
  message:
    'Definition {{error}}; reference the target definition directly where this one is used (Microsoft rejects reference chains between definitions).',
  severity: 'error',
  formats: [oas2],
  given: '$.definitions[*]',
  resolved: false,
  then: { function: noRefChain },
  'x-ppc': {
    requirements: ['schema-no-ref-chain'],
    section: '7',
    sources: ['L-SVR SchemaRefLoopNotAllowed'],
    validatorMessage: 'SchemaRefLoopNotAllowed',
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'A definition that only points to another one.',
          edits: [{ op: 'set', path: '/definitions/TaskAlias', value: { $ref: '#/definitions/Task' } }],
        },
      ],
      valid: [{ description: 'Definitions with their own schemas.', edits: [] }],
    },
  },
});
