import { documentRule } from '../../model/rules';
import { oas2 } from '@stoplight/spectral-formats';
import { SCHEMAS } from '../../collections';
import { defineRule } from '../../types';
import { nameList } from '../../utils/schemas-cache';
import { byParent, propertyText, visibleProperties } from '../../utils/schemas-properties';

const responsePropertySummary = documentRule('responsePropertySummary', ({ document: input }) => {
  // Properties shared with request bodies are ppc-property-x-ms-summary's findings.
  const requestPaths = new Set(visibleProperties(input, 'request').map((p) => p.key));
  const missing = visibleProperties(input, 'output').filter(
    (p) => propertyText(p, 'x-ms-summary') === undefined && !requestPaths.has(p.key),
  );
  return byParent(missing).map((g) => ({
    message: `${g.properties.length === 1 ? 'property' : 'properties'} ${nameList(g.properties.map((p) => p.name))} ${g.properties.length === 1 ? 'has' : 'have'}`,
    path: g.properties.length === 1 ? g.properties[0].path : g.parentPath,
  }));
});

export default defineRule('ppc-response-property-x-ms-summary', {
  description:
    'Every visible property of a response (or trigger output) schema has an `x-ms-summary`: the label of the dynamic content token.',
  message:
    'Response {{error}} no x-ms-summary; add a short title-case label (makers see the raw property name otherwise).',
  severity: 'info',
  formats: [oas2],
  given: SCHEMAS,
  resolved: false,
  then: { function: responsePropertySummary },
  'x-ppc': {
    requirements: ['response-property-x-ms-summary'],
    section: '7',
    sources: ['L-STR'],
    specLevel: 'I',
    examples: {
      invalid: [
        {
          description: 'A response property without x-ms-summary.',
          edits: [{ op: 'remove', path: '/definitions/Task/properties/status/x-ms-summary' }],
        },
      ],
      valid: [{ description: 'Every response property has a label.', edits: [] }],
    },
  },
});
