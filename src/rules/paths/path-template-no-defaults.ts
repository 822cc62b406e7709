import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { defineRule } from '../../types';
import { quote } from '../../utils/guards';
import { examplePathItem, examplePathParameter } from '../../utils/paths-examples';
import { parsePathTemplate, pathKeyFindings } from '../../utils/paths-template';

const pathTemplateNoDefaults = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function pathTemplateNoDefaults(paths) {
    return pathKeyFindings(paths, (key) => {
      const withDefault = parsePathTemplate(key).variables.find((v) => v.inner.includes('='));
      return withDefault ? `${quote(key, 120)} sets a default in "{${withDefault.inner}}"` : undefined;
    });
  },
);

export default defineRule('ppc-path-template-no-defaults', {
  description: 'Path variables carry no `=` default (`{id=1}`); defaults belong on the parameter.',
  message:
    'Path {{error}}; write the variable as "{name}" and put the value in the path parameter\'s "default" (Microsoft rejects path variables with defaults).',
  severity: 'error',
  formats: [oas2],
  given: '$.paths',
  resolved: false,
  then: { function: pathTemplateNoDefaults },
  'x-ppc': {
    requirements: ['path-template-no-defaults'],
    section: '3',
    sources: ['L-SVR OperationPathVariablesContainDefaults'],
    validatorMessage: "The operation path template variables cannot set default values with character '='.",
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'A default value inside the variable.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1reports~1{year=2024}',
              value: examplePathItem('GetReport', 'Get a report', [examplePathParameter('year')]),
            },
          ],
        },
      ],
      valid: [
        {
          description: 'The default on the parameter instead.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1reports~1{year}',
              value: examplePathItem('GetReport', 'Get a report', [
                { ...examplePathParameter('year'), default: '2024' },
              ]),
            },
          ],
        },
      ],
    },
  },
});
