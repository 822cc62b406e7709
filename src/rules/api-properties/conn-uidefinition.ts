import { isObject, jsonValue, quote } from '../../utils/guards';
import {
  CONNECTION_PARAMETERS,
  definePropertiesRule,
  lastKey,
  type Problem,
  type PropertiesCheck,
  propsExample,
} from './shared';

const FLAGS: ReadonlyArray<string | boolean> = ['true', 'false', true, false];
const CONSTRAINT_KEYS = ['clearText', 'required', 'tabIndex', 'capability', 'hidden', 'allowedValues', 'dependencies'];

const check: PropertiesCheck = (input, path) => {
  if (!isObject(input) || !Object.hasOwn(input, 'uiDefinition')) return [];
  const name = quote(lastKey(path));
  const ui = input.uiDefinition;
  if (!isObject(ui))
    return [
      {
        message: `Connection parameter ${name} has uiDefinition ${jsonValue(ui)}; make it an object with displayName, description and constraints`,
        at: ['uiDefinition'],
      },
    ];
  const problems: Problem[] = [];
  for (const key of ['displayName', 'description', 'tooltip']) {
    if (Object.hasOwn(ui, key) && typeof ui[key] !== 'string')
      problems.push({
        message: `Connection parameter ${name} has uiDefinition.${key} ${jsonValue(ui[key])}; make it a string`,
        at: ['uiDefinition', key],
      });
  }
  if (Object.hasOwn(ui, 'tabIndex') && !Number.isInteger(ui.tabIndex))
    problems.push({
      message: `Connection parameter ${name} has uiDefinition.tabIndex ${jsonValue(ui.tabIndex)}; make it an integer`,
      at: ['uiDefinition', 'tabIndex'],
    });
  const constraints = ui.constraints;
  if (constraints === undefined) return problems;
  if (!isObject(constraints))
    return [
      ...problems,
      {
        message: `Connection parameter ${name} has constraints ${jsonValue(constraints)}; make it an object`,
        at: ['uiDefinition', 'constraints'],
      },
    ];
  const at = (key: string) => ['uiDefinition', 'constraints', key];
  for (const key of Object.keys(constraints)) {
    if (!CONSTRAINT_KEYS.includes(key))
      problems.push({
        message: `Connection parameter ${name} has the unknown constraint ${quote(key)}; remove it (allowed: ${CONSTRAINT_KEYS.join(', ')})`,
        at: at(key),
      });
  }
  const required = constraints.required;
  // The schema asks for the strings "true"/"false"; the platform also imports booleans (merged connectors use them).
  if (required !== undefined && !FLAGS.includes(required as string | boolean)) {
    problems.push({
      message: `Connection parameter ${name} has constraints.required ${jsonValue(required)}; write the string "true" or "false"`,
      at: at('required'),
    });
  }
  if (Object.hasOwn(constraints, 'clearText') && typeof constraints.clearText !== 'boolean')
    problems.push({
      message: `Connection parameter ${name} has constraints.clearText ${jsonValue(constraints.clearText)}; write true or false`,
      at: at('clearText'),
    });
  if (Object.hasOwn(constraints, 'tabIndex') && !Number.isInteger(constraints.tabIndex))
    problems.push({
      message: `Connection parameter ${name} has constraints.tabIndex ${jsonValue(constraints.tabIndex)}; make it an integer`,
      at: at('tabIndex'),
    });
  if (Object.hasOwn(constraints, 'hidden') && !FLAGS.includes(constraints.hidden as string | boolean))
    problems.push({
      message: `Connection parameter ${name} has constraints.hidden ${jsonValue(constraints.hidden)}; write the string "true" or "false"`,
      at: at('hidden'),
    });
  return problems;
};

export default definePropertiesRule('ppc-conn-uidefinition', {
  description:
    'A connection parameter\'s `uiDefinition` has string `displayName`, `description` and `tooltip`, integer `tabIndex`, and `constraints` with only the known keys (`required` and `hidden` are "true" or "false", `clearText` a boolean).',
  severity: 'error',
  given: CONNECTION_PARAMETERS,
  check,
  'x-ppc': {
    requirements: ['conn-uidefinition'],
    section: '8.2',
    sources: ['R-SCH-PROP'],
    specLevel: 'E',
    examples: {
      invalid: [
        propsExample('required as a word.', [
          {
            op: 'set',
            path: '/properties/connectionParameters/api_key/uiDefinition/constraints/required',
            value: 'yes',
          },
        ]),
        propsExample('An unknown constraint.', [
          { op: 'set', path: '/properties/connectionParameters/api_key/uiDefinition/constraints/maxLength', value: 40 },
        ]),
      ],
      valid: [
        propsExample('An optional, hidden parameter.', [
          {
            op: 'set',
            path: '/properties/connectionParameters/api_key/uiDefinition/constraints/required',
            value: 'false',
          },
          {
            op: 'set',
            path: '/properties/connectionParameters/api_key/uiDefinition/constraints/hidden',
            value: 'true',
          },
        ]),
      ],
    },
  },
});
