import { oas2 } from '@stoplight/spectral-formats';
import { createRulesetFunction } from '@stoplight/spectral-core';
import { defineRule } from '../../types';
import { quote } from '../../utils/guards';
import { isHiddenInContext } from '../../model/visibility';

export const DESCRIPTION_MIN = 30;
export const DESCRIPTION_MAX = 500;

/** Error text: `"Tasks." has 6 characters`. Blank strings are left to `ppc-description-required`. */
export const descriptionLength = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function descriptionLength(input, _options, context) {
    if (typeof input !== 'string' || input.trim() === '' || isHiddenInContext(context)) return;
    const length = [...input].length;
    if (length >= DESCRIPTION_MIN && length <= DESCRIPTION_MAX) return;
    return [{ message: `${quote(input)} has ${length} character${length === 1 ? '' : 's'}` }];
  },
);

export default defineRule('ppc-description-length', {
  description: 'The connector description is 30 to 500 characters long.',
  message: 'Description {{error}}; write 30 to 500 characters (Microsoft rejects descriptions outside that range).',
  severity: 'error',
  formats: [oas2],
  given: '$.info.description',
  then: { function: descriptionLength },
  'x-ppc': {
    requirements: ['description-length'],
    section: '2.3',
    sources: ['L-CS', 'L-SVR FieldLengthNotInRange', 'PR#550'],
    validatorMessage: "The 'description' value must be between '30' and '500' characters.",
    specLevel: 'E',
    examples: {
      invalid: [
        { description: 'A one-word description.', edits: [{ op: 'set', path: '/info/description', value: 'Tasks.' }] },
        {
          description: 'A description of more than 500 characters.',
          edits: [
            {
              op: 'set',
              path: '/info/description',
              value: `${'Contoso Tasks keeps track of team work items. '.repeat(11)}Done.`.slice(0, 520),
            },
          ],
        },
      ],
      valid: [
        {
          description: 'A 45-character description.',
          edits: [{ op: 'set', path: '/info/description', value: 'Contoso Tasks keeps track of team work items.' }],
        },
      ],
    },
  },
});
