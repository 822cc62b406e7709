import { isObject, jsonValue, quote } from '../../utils/guards';
import { definePropertiesRule, type Problem, type PropertiesCheck, propsExample } from './shared';

const check: PropertiesCheck = (input) => {
  if (!isObject(input))
    return [
      {
        message: `connectionParameterSets is ${jsonValue(input)}; write { "uiDefinition": { "displayName", "description" }, "values": [ … ] }`,
      },
    ];
  const problems: Problem[] = [];
  if (!isObject(input.uiDefinition))
    problems.push({
      message:
        'connectionParameterSets has no uiDefinition object; add { "displayName": "Authentication type", "description": "…" }',
    });
  for (const key of Object.keys(input)) {
    if (key !== 'uiDefinition' && key !== 'values')
      problems.push({
        message: `connectionParameterSets has the unknown key ${quote(key)}; remove it (only uiDefinition and values)`,
        at: [key],
      });
  }
  const values = input.values;
  if (!Array.isArray(values) || values.length === 0) {
    problems.push({
      message:
        'connectionParameterSets has no "values" list of parameter sets; add at least one { "name", "uiDefinition", "parameters" }',
      at: Object.hasOwn(input, 'values') ? ['values'] : [],
    });
    return problems;
  }
  const names = new Set<string>();
  values.forEach((set, i) => {
    if (!isObject(set)) {
      problems.push({
        message: `connectionParameterSets.values[${i}] is ${jsonValue(set)}; write { "name", "uiDefinition", "parameters" }`,
        at: ['values', i],
      });
      return;
    }
    if (typeof set.name !== 'string' || set.name.trim() === '')
      problems.push({
        message: `connectionParameterSets.values[${i}] has no name; give each set a unique "name"`,
        at: ['values', i],
      });
    else if (names.has(set.name))
      problems.push({
        message: `connectionParameterSets has two sets named ${quote(set.name)}; give each set a unique name`,
        at: ['values', i, 'name'],
      });
    else names.add(set.name);
    if (!isObject(set.uiDefinition))
      problems.push({
        message: `connectionParameterSets.values[${i}] has no uiDefinition; add { "displayName", "description" } so users can pick it`,
        at: ['values', i],
      });
    if (!isObject(set.parameters))
      problems.push({
        message: `connectionParameterSets.values[${i}] has no "parameters" object; list the set's connection parameters there`,
        at: ['values', i],
      });
  });
  return problems;
};

export default definePropertiesRule('ppc-multi-auth-shape', {
  description:
    '`connectionParameterSets` is `{ uiDefinition, values: [{ name, uiDefinition, parameters }] }` with unique set names.',
  severity: 'error',
  given: '$.properties.connectionParameterSets',
  check,
  'x-ppc': {
    requirements: ['multi-auth-shape'],
    section: '8.2',
    sources: ['L-MA', 'R-PACONN upsert.py'],
    specLevel: 'E',
    examples: {
      invalid: [
        propsExample('A set without parameters.', [
          { op: 'remove', path: '/properties/connectionParameters' },
          {
            op: 'set',
            path: '/properties/connectionParameterSets',
            value: {
              uiDefinition: { displayName: 'Authentication type', description: 'How to sign in' },
              values: [{ name: 'key', uiDefinition: { displayName: 'API key', description: 'Use an API key' } }],
            },
          },
        ]),
      ],
      valid: [
        propsExample('Two sets.', [
          { op: 'remove', path: '/properties/connectionParameters' },
          {
            op: 'set',
            path: '/properties/connectionParameterSets',
            value: {
              uiDefinition: { displayName: 'Authentication type', description: 'How to sign in' },
              values: [
                {
                  name: 'key',
                  uiDefinition: { displayName: 'API key', description: 'Use an API key' },
                  parameters: { api_key: { type: 'securestring' } },
                },
                {
                  name: 'basic',
                  uiDefinition: { displayName: 'User name and password', description: 'Use your account' },
                  parameters: { username: { type: 'string' }, password: { type: 'securestring' } },
                },
              ],
            },
          },
        ]),
      ],
    },
  },
});
