import { createRulesetFunction } from '@stoplight/spectral-core';
import { isObject, jsonValue, quote } from '../../utils/guards';
import { oas2 } from '@stoplight/spectral-formats';
import { defineRule } from '../../types';
import { urlProblem } from '../../utils/metadata-entries';

/** Error text: `entry 0 has no "url"`, `entry 0 url "docs" is not an absolute URL`. */
export const xMsDocs = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function xMsDocs(input, _options, context) {
    if (!Array.isArray(input)) return [{ message: `is ${jsonValue(input)}, not an array` }];
    if (input.length === 0) return [{ message: 'is an empty array' }];
    const results = [];
    for (const [i, entry] of input.entries()) {
      const at = [...context.path, i];
      if (!isObject(entry)) {
        results.push({ message: `entry ${i} is ${jsonValue(entry)}, not an object`, path: at });
        continue;
      }
      if (!('url' in entry)) results.push({ message: `entry ${i} has no "url"`, path: at });
      else {
        const problem = urlProblem(entry.url);
        if (problem) results.push({ message: `entry ${i} url ${quote(entry.url)} ${problem}`, path: [...at, 'url'] });
      }
      if ('description' in entry && typeof entry.description !== 'string') {
        results.push({
          message: `entry ${i} description ${jsonValue(entry.description)} is not a string`,
          path: [...at, 'description'],
        });
      }
      for (const key of Object.keys(entry)) {
        if (key !== 'url' && key !== 'description')
          results.push({ message: `entry ${i} has the unknown key ${quote(key)}`, path: [...at, key] });
      }
    }
    return results;
  },
);

export default defineRule('ppc-x-ms-docs', {
  description:
    '`x-ms-docs` is a non-empty array of `{ "url": <absolute URL>, "description": <string> }` objects with no other keys.',
  message:
    'x-ms-docs {{error}}; list documentation links as { "url": "https://...", "description": "..." } (the repository schema allows nothing else).',
  severity: 'error',
  formats: [oas2],
  given: "$['x-ms-docs']",
  then: { function: xMsDocs },
  'x-ppc': {
    requirements: ['x-ms-docs'],
    section: '2.7',
    sources: ['R-SCH-API'],
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A relative URL.',
          edits: [
            { op: 'set', path: '/x-ms-docs', value: [{ url: '/docs/tasks', description: 'Task API reference' }] },
          ],
        },
        {
          description: 'An object instead of an array.',
          edits: [{ op: 'set', path: '/x-ms-docs', value: { url: 'https://docs.contoso.com' } }],
        },
      ],
      valid: [
        {
          description: 'One documentation link.',
          edits: [
            {
              op: 'set',
              path: '/x-ms-docs',
              value: [{ url: 'https://docs.contoso.com/tasks', description: 'Task API reference' }],
            },
          ],
        },
      ],
    },
  },
});
