import { oas2 } from '@stoplight/spectral-formats';
import { createRulesetFunction } from '@stoplight/spectral-core';
import { defineRule } from '../../types';
import { quote } from '../../utils/guards';
import { isHiddenInContext } from '../../model/visibility';

/** A readable name for the last character of a string. */
export function describeLastCharacter(text: string): string {
  const last = [...text].pop() ?? '';
  const names: Record<string, string> = {
    ' ': 'a space',
    '\n': 'a line break',
    '\r': 'a carriage return',
    '\t': 'a tab',
    '\u00a0': 'a non-breaking space',
  };
  return names[last] ?? (/\s/u.test(last) ? 'white space' : quote(last));
}

export interface TitleEndingOptions {
  /** `alphanumeric`: flag endings other than a letter, digit or `)`. `parenthesis`: flag a final `)`. */
  flag: 'alphanumeric' | 'parenthesis';
}

/** Error text: `"Contoso Tasks." ends with "."`. */
export const titleEnding = createRulesetFunction<unknown, TitleEndingOptions>(
  {
    input: null,
    options: {
      type: 'object',
      additionalProperties: false,
      required: ['flag'],
      properties: { flag: { enum: ['alphanumeric', 'parenthesis'] } },
    },
  },
  function titleEnding(input, options, context) {
    if (typeof input !== 'string' || input.trim() === '' || isHiddenInContext(context)) return;
    const bad = options.flag === 'parenthesis' ? /\)$/u.test(input) : !/[\p{L}\p{N})]$/u.test(input);
    if (!bad) return;
    return [{ message: `${quote(input)} ends with ${describeLastCharacter(input)}` }];
  },
);

export default defineRule('ppc-title-ends-alphanumeric', {
  description:
    'The connector title ends with a letter or digit: no trailing punctuation, space or line break. A final `)` is left to `ppc-title-ends-parenthesis` (a warning).',
  message:
    'Title {{error}}; end it with a letter or digit (Microsoft rejects titles that end with a non-alphanumeric character).',
  severity: 'error',
  formats: [oas2],
  given: '$.info.title',
  then: { function: titleEnding, functionOptions: { flag: 'alphanumeric' } },
  'x-ppc': {
    requirements: ['title-ends-alphanumeric'],
    section: '2.2',
    sources: ['L-CS', 'L-SVR ValueMustEndWithAlphanumeric', 'PR#3828'],
    validatorMessage: "The 'title' value must end with alphanumeric character.",
    specLevel: 'E/W',
    examples: {
      invalid: [
        {
          description: 'A title ending with a period.',
          edits: [{ op: 'set', path: '/info/title', value: 'Contoso Tasks.' }],
        },
        {
          description: 'A title ending with a space.',
          edits: [{ op: 'set', path: '/info/title', value: 'Contoso Tasks ' }],
        },
      ],
      valid: [
        {
          description: 'A title ending with a letter.',
          edits: [{ op: 'set', path: '/info/title', value: 'Contoso Tasks' }],
        },
        {
          description: 'A region suffix in parentheses (see `ppc-title-ends-parenthesis`).',
          edits: [{ op: 'set', path: '/info/title', value: 'Contoso Tasks (EU)' }],
        },
      ],
    },
  },
});
