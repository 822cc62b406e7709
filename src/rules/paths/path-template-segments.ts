import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { defineRule } from '../../types';
import { quote } from '../../utils/guards';
import { examplePathItem, examplePathParameter } from '../../utils/paths-examples';
import { parsePathTemplate, pathKeyFindings } from '../../utils/paths-template';

const pathTemplateSegments = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function pathTemplateSegments(paths) {
    return pathKeyFindings(paths, (key) => {
      const { problems } = parsePathTemplate(key);
      if (problems.length === 0) return undefined;
      const shown = problems.slice(0, 3).join(', ');
      return `${quote(key, 120)} has ${shown}${problems.length > 3 ? ` and ${problems.length - 3} more` : ''}`;
    });
  },
);

export default defineRule('ppc-path-template-segments', {
  description:
    'Each `{variable}` of a path key is closed, not nested, not empty and inside one segment; literal braces are URL-encoded.',
  message:
    'Path {{error}}; keep each "{variable}" inside one "/" segment and URL-encode literal braces as %7B and %7D (Microsoft rejects invalid path templates).',
  severity: 'error',
  formats: [oas2],
  given: '$.paths',
  resolved: false,
  then: { function: pathTemplateSegments },
  'x-ppc': {
    requirements: ['path-template-segments'],
    section: '3',
    sources: ['L-SVR OperationPathTemplateNotValid'],
    validatorMessage:
      "The path is not valid, each path template variable enclosed by '{' and '}' characters must be contained within a single URL segment. Individual '{' or '}' characters which are not enclosing a path template variable must be URL encoded.",
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'An unclosed brace.',
          edits: [
            { op: 'set', path: '/paths/~1reports~1{reportId', value: examplePathItem('GetReport', 'Get a report') },
          ],
        },
        {
          description: 'A variable that spans two segments.',
          edits: [
            { op: 'set', path: '/paths/~1reports~1{year~1month}', value: examplePathItem('GetReport', 'Get a report') },
          ],
        },
      ],
      valid: [
        {
          description: 'One variable per segment.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1reports~1{year}~1{month}',
              value: examplePathItem('GetReport', 'Get a report', [
                examplePathParameter('year'),
                examplePathParameter('month'),
              ]),
            },
          ],
        },
      ],
    },
  },
});
