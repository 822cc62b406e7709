import { oas2 } from '@stoplight/spectral-formats';
import { typedNodeRule } from '../../model/rules';
import { SCHEMAS } from '../../collections';
import { defineRule } from '../../types';
import { quote } from '../../utils/guards';
import { typedNodeLabel } from '../../model/typed-nodes';

/** Rewrite .NET-only constructs that JavaScript rejects into equivalents it accepts (for a validity check only). */
function dotNetToJs(pattern: string): string {
  return pattern
    .replace(/\(\?[imnsx]+(?:-[imnsx]+)?\)|\(\?-[imnsx]+\)/g, '') // inline options: (?i), (?i-m), (?-i)
    .replace(/\(\?[imnsx]*(?:-[imnsx]*)?:/g, '(?:') // scoped options: (?i:...)
    .replace(/\(\?>/g, '(?:') // atomic group
    .replace(/\(\?'([A-Za-z_]\w*)'/g, '(?<$1>') // (?'name'...)
    .replace(/\\k'([A-Za-z_]\w*)'/g, '\\k<$1>');
}

/** Why a pattern is not a valid regular expression, or undefined when it is (in JavaScript or after .NET rewrites). */
export function regexProblem(pattern: string): string | undefined {
  let first: string | undefined;
  for (const candidate of [pattern, dotNetToJs(pattern)]) {
    try {
      new RegExp(candidate);
      return undefined;
    } catch (e) {
      const text = e instanceof Error ? e.message : String(e);
      // .NET allows a group name to repeat; JavaScript does not.
      if (/duplicate capture group name/i.test(text)) return undefined;
      first ??= text.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '');
    }
  }
  return first;
}

const patternRegex = typedNodeRule('patternRegex', (n, { document: doc }) => {
  const pattern = n.node.pattern;
  if (typeof pattern !== 'string') return undefined;
  const problem = regexProblem(pattern);
  return problem === undefined
    ? undefined
    : {
        message: `${typedNodeLabel(n, doc)} has the pattern ${quote(pattern)}, which is not a valid regular expression (${problem})`,
        path: ['pattern'],
      };
});

export default defineRule('ppc-pattern-regex', {
  description: 'A `pattern` is a valid regular expression.',
  message: '{{error}}; fix the expression (Microsoft rejects invalid patterns).',
  severity: 'error',
  formats: [oas2],
  given: SCHEMAS,
  resolved: false,
  then: { function: patternRegex },
  'x-ppc': {
    requirements: ['pattern-regex'],
    section: '6',
    sources: ['L-SVR PatternShouldBeValidRegularExpression'],
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'An unclosed group.',
          edits: [{ op: 'set', path: '/parameters/TaskId/pattern', value: '^([0-9]+$' }],
        },
      ],
      valid: [
        {
          description: 'A closed group.',
          edits: [{ op: 'set', path: '/parameters/TaskId/pattern', value: '^([0-9]+)$' }],
        },
        {
          description: 'A .NET inline option.',
          edits: [{ op: 'set', path: '/parameters/TaskId/pattern', value: '(?i)^[a-z0-9]+$' }],
        },
      ],
    },
  },
});
