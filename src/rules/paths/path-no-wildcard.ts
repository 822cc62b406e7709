import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { defineRule } from '../../types';
import { quote } from '../../utils/guards';
import { examplePathItem, examplePathParameter } from '../../utils/paths-examples';
import { pathKeyFindings } from '../../utils/paths-template';

const pathNoWildcard = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function pathNoWildcard(paths) {
    return pathKeyFindings(paths, (key) =>
      key.includes('*') ? `${quote(key, 120)} contains the wildcard "*"` : undefined,
    );
  },
);

export default defineRule('ppc-path-no-wildcard', {
  description: 'Path keys contain no wildcard character "*".',
  message:
    'Path {{error}}; replace the wildcard with a path variable such as "{path}" (with "x-ms-url-encoding": "double" if its value contains "/"), or URL-encode a literal "*" as %2A (Microsoft rejects wildcard paths).',
  severity: 'error',
  formats: [oas2],
  given: '$.paths',
  resolved: false,
  then: { function: pathNoWildcard },
  'x-ppc': {
    requirements: ['path-no-wildcard'],
    section: '3',
    sources: ['L-SVR OperationPathContainsUnsupportedCharacters'],
    validatorMessage: "The operation path cannot contain wildcard character '*'.",
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'A wildcard segment.',
          edits: [{ op: 'set', path: '/paths/~1files~1*', value: examplePathItem('GetFile', 'Get a file') }],
        },
      ],
      valid: [
        {
          description: 'A path variable instead of the wildcard.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1files~1{path}',
              value: examplePathItem('GetFile', 'Get a file', [
                { ...examplePathParameter('path'), 'x-ms-url-encoding': 'double' },
              ]),
            },
          ],
        },
      ],
    },
  },
});
