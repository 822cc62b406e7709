import { isObject, quote } from '../../utils/guards';
import { policyInstances } from './policy-templates';
import { definePropertiesRule, type Problem, type PropertiesCheck, propsExample, regionHostPolicy } from './shared';

const REFERENCE = /@connectionParameters\(\s*'([^']*)'/g;

/** Names of the connection parameters of every set. */
function definedNames(properties: Record<string, unknown>): Set<string> {
  const names = new Set<string>();
  if (isObject(properties.connectionParameters))
    for (const name of Object.keys(properties.connectionParameters)) names.add(name);
  const sets = isObject(properties.connectionParameterSets) ? properties.connectionParameterSets.values : undefined;
  if (Array.isArray(sets))
    for (const set of sets)
      if (isObject(set) && isObject(set.parameters)) for (const name of Object.keys(set.parameters)) names.add(name);
  return names;
}

const check: PropertiesCheck = (input) => {
  if (!isObject(input)) return [];
  const names = definedNames(input);
  const problems: Problem[] = [];
  for (const { instance, index } of policyInstances({ properties: input })) {
    const params = instance.parameters;
    if (!isObject(params)) continue;
    for (const [key, value] of Object.entries(params)) {
      const text = typeof value === 'string' ? value : isObject(value) ? JSON.stringify(value) : '';
      for (const match of text.slice(0, 10_000).matchAll(REFERENCE)) {
        const name = match[1] ?? '';
        if (names.has(name)) continue;
        problems.push({
          message: `Policy ${quote(instance.title ?? instance.templateId)} refers to @connectionParameters(${quote(name).replace(/"/g, "'")}), which apiProperties.json does not define; add the connection parameter or fix the name`,
          at: ['policyTemplateInstances', index, 'parameters', key],
        });
      }
    }
  }
  return problems;
};

export default definePropertiesRule('ppc-policy-template-connparam-exists', {
  description:
    "Every `@connectionParameters('x')` a policy uses (such as a dynamic host URL) names a defined connection parameter.",
  severity: 'warn',
  given: '$.properties',
  check,
  'x-ppc': {
    requirements: ['policy-template-connparam-exists'],
    section: '11',
    sources: ['R-SCH-PROP'],
    specLevel: 'W',
    examples: {
      invalid: [
        propsExample('A host from an undefined parameter.', [
          {
            op: 'set',
            path: '/properties/policyTemplateInstances',
            value: [regionHostPolicy()],
          },
        ]),
      ],
      valid: [
        propsExample('A host from the region parameter.', [
          { op: 'set', path: '/properties/connectionParameters/region', value: { type: 'string' } },
          {
            op: 'set',
            path: '/properties/policyTemplateInstances',
            value: [regionHostPolicy()],
          },
        ]),
      ],
    },
  },
});
