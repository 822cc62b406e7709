import { oas2 } from '@stoplight/spectral-formats';
import { paramFunction } from '../../functions/params-function';
import { PARAMETERS } from '../../collections';
import { defineRule } from '../../types';
import { paramName } from '../../utils/params-context';

const dynamicNotOnBodyParam = paramFunction('dynamicNotOnBodyParam', (param) => {
  if (param.in !== 'body') return undefined;
  return Object.keys(param)
    .filter((key) => key.startsWith('x-ms-dynamic-'))
    .map((key) => ({ message: `${paramName(param)} has "${key}" on the parameter object`, path: [key] }));
});

export default defineRule('ppc-dynamic-not-on-body-param', {
  description:
    'A body parameter carries no `x-ms-dynamic-*` extension itself; dynamic extensions go inside its `schema`.',
  message:
    'Body parameter {{error}}; move it into the parameter\'s "schema" (Microsoft rejects dynamic extensions on the body parameter).',
  severity: 'error',
  formats: [oas2],
  given: PARAMETERS,
  resolved: false,
  then: { function: dynamicNotOnBodyParam },
  'x-ppc': {
    requirements: ['dynamic-not-on-body-param'],
    section: '6',
    sources: ['L-SVR DynamicExtensionDefinitionNotAllowedInParameter'],
    validatorMessage:
      'Dynamic extensions are not allowed to be defined on the body parameter. It should be in the schema.',
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'x-ms-dynamic-schema on the body parameter.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1tasks/post/parameters/0/x-ms-dynamic-schema',
              value: { operationId: 'GetTaskSchema', 'value-path': 'schema' },
            },
          ],
        },
      ],
      valid: [
        {
          description: 'x-ms-dynamic-schema inside the schema.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1tasks/post/parameters/0/schema',
              value: {
                type: 'object',
                'x-ms-dynamic-schema': { operationId: 'GetTaskSchema', 'value-path': 'schema' },
              },
            },
          ],
        },
      ],
    },
  },
});
