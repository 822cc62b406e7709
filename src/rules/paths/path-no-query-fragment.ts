import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { defineRule } from '../../types';
import { quote } from '../../utils/guards';
import { examplePathItem } from '../../utils/paths-examples';
import { pathKeyFindings } from '../../utils/paths-template';

/** Error text for a key with a `?` (query part) or `#` (fragment), naming the part. */
export function queryOrFragment(key: string): string | undefined {
  const at = key.search(/[?#]/);
  if (at < 0) return undefined;
  const part = key.slice(at);
  return `${quote(key, 120)} contains ${key[at] === '?' ? 'a query part' : 'a fragment'} ${quote(part, 60)}`;
}

const pathNoQueryFragment = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function pathNoQueryFragment(paths) {
    return pathKeyFindings(paths, queryOrFragment);
  },
);

export default defineRule('ppc-path-no-query-fragment', {
  description: 'Path keys contain no unescaped "?" or "#": query values are `in: query` parameters.',
  message:
    'Path {{error}}; move query values into "in: query" parameters (a fixed value: "required": true, a "default" and "x-ms-visibility": "internal"), or URL-encode the character as %3F / %23 (Microsoft rejects paths with a query part or fragment).',
  severity: 'error',
  formats: [oas2],
  given: '$.paths',
  resolved: false,
  then: { function: pathNoQueryFragment },
  'x-ppc': {
    requirements: ['path-no-query-fragment'],
    section: '3',
    sources: ['L-SVR OperationPathMayNotContainQueryOrFragment'],
    validatorMessage:
      "The path is not valid, it must not contain a query part or fragment identifier. To include '?' or '#' characters in the path, they must be URL encoded.",
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'A query string in the path key.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1reports?type=weekly',
              value: examplePathItem('ListWeeklyReports', 'List weekly reports'),
            },
          ],
        },
        {
          description: 'A fragment in the path key.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1reports#weekly',
              value: examplePathItem('ListWeeklyReports', 'List weekly reports'),
            },
          ],
        },
      ],
      valid: [
        {
          description: 'The fixed query value as an internal query parameter with a default.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1reports',
              value: examplePathItem('ListWeeklyReports', 'List weekly reports', [
                {
                  name: 'type',
                  in: 'query',
                  type: 'string',
                  required: true,
                  default: 'weekly',
                  'x-ms-visibility': 'internal',
                },
              ]),
            },
          ],
        },
      ],
    },
  },
});
