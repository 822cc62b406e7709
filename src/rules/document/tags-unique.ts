import { oas2 } from '@stoplight/spectral-formats';
import { createRulesetFunction } from '@stoplight/spectral-core';
import { defineRule } from '../../types';
import { isObject, quote } from '../../utils/guards';

/** Error text: `"Tasks" is defined twice (first at tags[0])`. */
export const tagsUnique = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function tagsUnique(input, _options, context) {
    if (!Array.isArray(input)) return;
    const first = new Map<string, number>();
    const results = [];
    for (const [i, tag] of input.entries()) {
      if (!isObject(tag) || typeof tag.name !== 'string') continue;
      const seen = first.get(tag.name);
      if (seen === undefined) first.set(tag.name, i);
      else
        results.push({
          message: `${quote(tag.name)} is defined twice (first at tags[${seen}])`,
          path: [...context.path, i, 'name'],
        });
    }
    return results;
  },
);

export default defineRule('ppc-tags-unique', {
  description: 'Each tag name appears only once in the root `tags` list.',
  message: 'Tag {{error}}; merge the duplicate tag definitions (Microsoft rejects redefined tags).',
  severity: 'error',
  formats: [oas2],
  given: '$.tags',
  resolved: false,
  then: { function: tagsUnique },
  'x-ppc': {
    requirements: ['tags-unique'],
    section: '2.1',
    sources: ['L-SVR TagRedefined', 'R-SCH-API'],
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'The tag "Tasks" twice.',
          edits: [
            {
              op: 'set',
              path: '/tags',
              value: [{ name: 'Tasks' }, { name: 'Tasks', description: 'Task operations.' }],
            },
          ],
        },
      ],
      valid: [
        {
          description: 'Two different tags.',
          edits: [{ op: 'set', path: '/tags', value: [{ name: 'Tasks' }, { name: 'Projects' }] }],
        },
      ],
    },
  },
});
