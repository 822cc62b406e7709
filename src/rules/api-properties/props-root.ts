import { isObject, jsonValue, quote } from '../../utils/guards';
import { definePropertiesRule, type Problem, type PropertiesCheck, propsExample } from './shared';

const check: PropertiesCheck = (input) => {
  if (!isObject(input))
    return [{ message: `apiProperties.json is ${jsonValue(input)}, not an object; write { "properties": { … } }` }];
  const problems: Problem[] = Object.keys(input)
    .filter((key) => key !== 'properties' && key !== '$schema')
    .map((key) => ({
      message: `apiProperties.json has the root key ${quote(key)}; move it under "properties" or remove it (only "properties" and "$schema" are allowed at the root)`,
      at: [key],
    }));
  if (!isObject(input.properties))
    problems.unshift({
      message:
        'apiProperties.json has no "properties" object; put the connection parameters, iconBrandColor, publisher and policies under "properties"',
    });
  return problems;
};

export default definePropertiesRule('ppc-props-root', {
  description:
    'apiProperties.json is an object with a `properties` object and, optionally, `$schema`; nothing else at the root.',
  severity: 'error',
  // Whole document: it checks the apiProperties.json root object itself.
  given: '$',
  check,
  'x-ppc': {
    requirements: ['props-root'],
    section: '10',
    sources: ['R-SCH-PROP'],
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        propsExample('A root-level iconBrandColor.', [{ op: 'set', path: '/iconBrandColor', value: '#0f6cbd' }]),
      ],
      valid: [
        propsExample('A $schema beside properties.', [
          { op: 'set', path: '/$schema', value: 'https://example.com/apiProperties.schema.json' },
        ]),
      ],
    },
  },
});
