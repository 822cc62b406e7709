import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { defineRule } from '../../types';
import { quote } from '../../utils/guards';
import { examplePathItem } from '../../utils/paths-examples';
import { pathKeyFindings } from '../../utils/paths-template';

const pathStartsSlash = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function pathStartsSlash(paths) {
    return pathKeyFindings(paths, (key) =>
      key.startsWith('/') ? undefined : `${quote(key, 120)} does not start with "/"`,
    );
  },
);

export default defineRule('ppc-path-starts-slash', {
  description: 'Every key of `paths` starts with "/".',
  message: 'Path {{error}}; begin it with "/" (Microsoft rejects operation paths that do not start with "/").',
  severity: 'error',
  formats: [oas2],
  given: '$.paths',
  resolved: false,
  then: { function: pathStartsSlash },
  'x-ppc': {
    requirements: ['path-starts-slash'],
    section: '3',
    sources: ['L-SVR OperationPathMustStartWithSlash', 'R-SCH-API'],
    validatorMessage: "The path is not valid, it must start with a '/' character.",
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'A path without the leading slash.',
          edits: [{ op: 'set', path: '/paths/reports', value: examplePathItem('ListReports', 'List reports') }],
        },
      ],
      valid: [
        {
          description: 'The same path with the leading slash.',
          edits: [{ op: 'set', path: '/paths/~1reports', value: examplePathItem('ListReports', 'List reports') }],
        },
      ],
    },
  },
});
