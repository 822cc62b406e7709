import { createRulesetFunction, type IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { defineRule } from '../../types';
import { quote } from '../../utils/guards';
import { examplePathItem } from '../../utils/paths-examples';
import { pathKeys } from '../../utils/paths-template';

const pathUniqueCi = createRulesetFunction<unknown, null>({ input: null, options: null }, function pathUniqueCi(paths) {
  const results: IFunctionResult[] = [];
  const first = new Map<string, string>();
  for (const key of pathKeys(paths)) {
    const folded = key.toLowerCase();
    const earlier = first.get(folded);
    if (earlier === undefined) first.set(folded, key);
    else
      results.push({
        message: `${quote(key, 120)} differs from ${quote(earlier, 120)} only in letter case`,
        path: ['paths', key],
      });
  }
  return results;
});

export default defineRule('ppc-path-unique-ci', {
  description: 'No two path keys are equal when compared without regard to case.',
  message:
    'Path {{error}}; merge the two path items into one (Microsoft rejects paths that are defined more than once with different capitalization).',
  severity: 'error',
  formats: [oas2],
  given: '$.paths',
  resolved: false,
  then: { function: pathUniqueCi },
  'x-ppc': {
    requirements: ['path-unique-ci'],
    section: '3',
    sources: ['L-SVR PathRedefined'],
    validatorMessage:
      "The path '{0}' is defined multiple times with different capitalization. Paths must be unique when compared case-insensitively.",
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: '"/Tasks" next to "/tasks".',
          edits: [{ op: 'set', path: '/paths/~1Tasks', value: examplePathItem('ListAllTasks', 'List all tasks') }],
        },
      ],
      valid: [
        {
          description: 'A path that differs in more than case.',
          edits: [{ op: 'set', path: '/paths/~1tasks~1all', value: examplePathItem('ListAllTasks', 'List all tasks') }],
        },
      ],
    },
  },
});
