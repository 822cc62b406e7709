import { documentRule, type Finding } from '../../model/rules';
import { oas2 } from '@stoplight/spectral-formats';
import { SCHEMAS } from '../../collections';
import { defineRule } from '../../types';
import { quote } from '../../utils/guards';
import { nameList } from '../../utils/schemas-cache';
import { byParent, propertyText, visibleProperties, type PropertyVisit } from '../../utils/schemas-properties';

/** Lower-case letters and digits only: "Due date." and "due_date" compare equal. */
function bare(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

const propertyDescription = documentRule('propertyDescription', ({ document: input }) => {
  const results: Finding[] = [];
  const seen = new Set<string>();
  const missing: PropertyVisit[] = [];
  for (const p of [...visibleProperties(input, 'request'), ...visibleProperties(input, 'output')]) {
    const key = p.key;
    if (seen.has(key)) continue;
    seen.add(key);
    const text = propertyText(p, 'description');
    if (text === undefined) missing.push(p);
    else if (typeof text === 'string' && text.trim() !== '' && bare(text) === bare(p.name)) {
      results.push({
        message: `Property "${p.name}" has a description that only repeats its name (${quote(text, 40)})`,
        path: p.path,
      });
    }
  }
  for (const g of byParent(missing)) {
    const one = g.properties.length === 1;
    results.push({
      message: `${one ? 'Property' : 'Properties'} ${nameList(g.properties.map((p) => p.name))} ${one ? 'has' : 'have'} no description`,
      path: one ? g.properties[0].path : g.parentPath,
    });
  }
  return results;
});

export default defineRule('ppc-property-description', {
  description: 'Every visible request and response property has a `description` that says more than the property name.',
  message:
    '{{error}}; describe what the value is in a short sentence ending with a period (reviewers ask for meaningful property descriptions).',
  severity: 'info', // 87% of recent certified connectors miss some: advice, not a gate
  formats: [oas2],
  given: SCHEMAS,
  resolved: false,
  then: { function: propertyDescription },
  'x-ppc': {
    requirements: ['property-description'],
    section: '7',
    sources: ['L-STR', 'PR#1286', 'PR#864'],
    specLevel: 'W',
    examples: {
      invalid: [
        {
          description: 'A response property without a description.',
          edits: [{ op: 'remove', path: '/definitions/Task/properties/status/description' }],
        },
        {
          description: 'A description that repeats the name.',
          edits: [{ op: 'set', path: '/definitions/Task/properties/status/description', value: 'Status' }],
        },
      ],
      valid: [{ description: 'Descriptive sentences.', edits: [] }],
    },
  },
});
