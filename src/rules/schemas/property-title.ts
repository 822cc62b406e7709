import { documentRule } from '../../model/rules';
import { oas2 } from '@stoplight/spectral-formats';
import { SCHEMAS } from '../../collections';
import { defineRule } from '../../types';
import { quote } from '../../utils/guards';
import { titleCaseBreak } from '../../utils/params-text';
import { visibleProperties } from '../../utils/schemas-properties';

const propertyTitle = documentRule('propertyTitle', ({ document: input }) => {
  const seen = new Set<string>();
  return [...visibleProperties(input, 'request'), ...visibleProperties(input, 'output')].flatMap((p) => {
    const key = p.key;
    if (seen.has(key)) return [];
    seen.add(key);
    const title = p.schema.title;
    if (typeof title !== 'string' || title.trim() === '') return [];
    const word = titleCaseBreak(title);
    return word === undefined
      ? []
      : [{ message: `${quote(title)} of "${p.name}" is not in title case ("${word}")`, path: [...p.path, 'title'] }];
  });
});

export default defineRule('ppc-property-title', {
  description: 'A schema property `title`, when present, is in title case, like other display names.',
  message: 'Title {{error}}; capitalise each main word (display names are title case).',
  severity: 'hint',
  formats: [oas2],
  given: SCHEMAS,
  resolved: false,
  then: { function: propertyTitle },
  'x-ppc': {
    requirements: ['property-title'],
    section: '7',
    sources: ['DP', 'SK'],
    specLevel: 'I',
    examples: {
      invalid: [
        {
          description: 'A lower-case title.',
          edits: [{ op: 'set', path: '/definitions/Task/properties/dueDate/title', value: 'due date' }],
        },
      ],
      valid: [
        {
          description: 'A title-case title.',
          edits: [{ op: 'set', path: '/definitions/Task/properties/dueDate/title', value: 'Due Date' }],
        },
      ],
    },
  },
});
