import { oas2 } from '@stoplight/spectral-formats';
import { createRulesetFunction } from '@stoplight/spectral-core';
import { defineRule } from '../../types';
import { isObject, quote } from '../../utils/guards';

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Error text: `"Contoso Tasks" repeats the title`. */
export const descriptionNotTitle = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function descriptionNotTitle(info, _options, context) {
    if (!isObject(info) || typeof info.title !== 'string' || typeof info.description !== 'string') return;
    const title = normalise(info.title);
    if (title === '' || normalise(info.description) !== title) return;
    return [{ message: `${quote(info.description)} repeats the title`, path: [...context.path, 'description'] }];
  },
);

export default defineRule('ppc-description-not-title', {
  description: 'The connector description says more than the title: it is not the title repeated.',
  message: 'Description {{error}}; describe the service and what users can do with the connector.',
  severity: 'info',
  formats: [oas2],
  given: '$.info',
  then: { function: descriptionNotTitle },
  'x-ppc': {
    requirements: ['description-not-title'],
    section: '2.3',
    sources: ['R-SCH-API'],
    specLevel: 'I',
    examples: {
      invalid: [
        {
          description: 'The title as the description.',
          edits: [{ op: 'set', path: '/info/description', value: 'Contoso Tasks.' }],
        },
      ],
      valid: [
        {
          description: 'A description of the service.',
          edits: [{ op: 'set', path: '/info/description', value: 'Contoso Tasks keeps track of team work items.' }],
        },
      ],
    },
  },
});
