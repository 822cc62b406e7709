import { documentRule } from '../../model/rules';
import { oas2 } from '@stoplight/spectral-formats';
import { SCHEMAS } from '../../collections';
import { defineRule } from '../../types';
import { nameList } from '../../utils/schemas-cache';
import { byParent, propertyText, visibleProperties } from '../../utils/schemas-properties';

const propertySummary = documentRule('propertySummary', ({ document: input }) => {
  const missing = visibleProperties(input, 'request').filter((p) => propertyText(p, 'x-ms-summary') === undefined);
  return byParent(missing).map((g) => ({
    message: `${g.properties.length === 1 ? 'property' : 'properties'} ${nameList(g.properties.map((p) => p.name))} ${g.properties.length === 1 ? 'has' : 'have'}`,
    path: g.properties.length === 1 ? g.properties[0].path : g.parentPath,
  }));
});

export default defineRule('ppc-property-x-ms-summary', {
  description:
    'Every visible property of a request body schema has an `x-ms-summary`: the field label makers see in the designer.',
  message:
    'Request {{error}} no x-ms-summary; add a short title-case label of at most 80 characters (the designer shows the raw name otherwise).',
  severity: 'info',
  formats: [oas2],
  given: SCHEMAS,
  resolved: false,
  then: { function: propertySummary },
  'x-ppc': {
    requirements: ['property-x-ms-summary'],
    section: '7',
    sources: ['L-STR', 'L-EXT', 'CORPUS'],
    specLevel: 'W',
    examples: {
      invalid: [
        {
          description: 'A body property without x-ms-summary.',
          edits: [{ op: 'remove', path: '/definitions/NewTask/properties/dueDate/x-ms-summary' }],
        },
      ],
      valid: [
        {
          description: 'A hidden body property without x-ms-summary.',
          edits: [
            { op: 'remove', path: '/definitions/NewTask/properties/dueDate/x-ms-summary' },
            { op: 'set', path: '/definitions/NewTask/properties/dueDate/x-ms-visibility', value: 'internal' },
          ],
        },
      ],
    },
  },
});
