import { isObject, jsonValue, quote } from '../../utils/guards';
import {
  CONNECTION_PARAMETERS,
  definePropertiesRule,
  lastKey,
  type Problem,
  type PropertiesCheck,
  propsExample,
} from './shared';

/** One entry of a list of allowed values: `{value, text}` in constraints, `{value, uiDefinition}` on the parameter. */
function entryProblems(
  name: string,
  entry: unknown,
  at: Array<string | number>,
  label: 'text' | 'uiDefinition',
): Problem[] {
  const where = `${at.join('.')}`;
  if (!isObject(entry))
    return [
      {
        message: `Connection parameter ${name} has ${where} = ${jsonValue(entry)}; write {"value": "…", ${label === 'text' ? '"text": "…"' : '"uiDefinition": {"displayName": "…"}'}}`,
        at,
      },
    ];
  const problems: Problem[] = [];
  if (typeof entry.value !== 'string')
    problems.push({
      message: `Connection parameter ${name} has ${where}.value ${entry.value === undefined ? 'missing' : `= ${jsonValue(entry.value)}`}; give the value as a string`,
      at: Object.hasOwn(entry, 'value') ? [...at, 'value'] : at,
    });
  if (label === 'text' && Object.hasOwn(entry, 'text') && typeof entry.text !== 'string')
    problems.push({
      message: `Connection parameter ${name} has ${where}.text = ${jsonValue(entry.text)}; write the label shown in the list as a string`,
      at: [...at, 'text'],
    });
  if (label === 'uiDefinition' && Object.hasOwn(entry, 'uiDefinition')) {
    const ui = entry.uiDefinition;
    if (!isObject(ui))
      problems.push({
        message: `Connection parameter ${name} has ${where}.uiDefinition = ${jsonValue(ui)}; make it an object with displayName and description`,
        at: [...at, 'uiDefinition'],
      });
    else
      for (const key of ['displayName', 'description'])
        if (Object.hasOwn(ui, key) && typeof ui[key] !== 'string')
          problems.push({
            message: `Connection parameter ${name} has ${where}.uiDefinition.${key} = ${jsonValue(ui[key])}; make it a string`,
            at: [...at, 'uiDefinition', key],
          });
  }
  return problems;
}

function listProblems(
  name: string,
  list: unknown,
  at: Array<string | number>,
  label: 'text' | 'uiDefinition',
): Problem[] {
  if (list === undefined) return [];
  if (!Array.isArray(list))
    return [
      {
        message: `Connection parameter ${name} has ${at.join('.')} = ${jsonValue(list)}; make it an array of allowed values`,
        at,
      },
    ];
  return list.flatMap((entry, i) => entryProblems(name, entry, [...at, i], label));
}

const check: PropertiesCheck = (input, path) => {
  if (!isObject(input)) return [];
  const name = quote(lastKey(path));
  const ui = isObject(input.uiDefinition) ? input.uiDefinition : undefined;
  const constraints = ui && isObject(ui.constraints) ? ui.constraints : undefined;
  return [
    ...listProblems(name, input.allowedValues, ['allowedValues'], 'uiDefinition'),
    ...listProblems(name, constraints?.allowedValues, ['uiDefinition', 'constraints', 'allowedValues'], 'text'),
  ];
};

const AT = '/properties/connectionParameters/region';
const region = (constraints: Record<string, unknown>) => ({
  op: 'set' as const,
  path: AT,
  value: {
    type: 'string',
    uiDefinition: {
      displayName: 'Region',
      description: 'The data region.',
      constraints: { required: 'true', ...constraints },
    },
  },
});

export default definePropertiesRule('ppc-conn-allowed-values', {
  description:
    "A connection parameter's list of allowed values is an array of entries with a string `value`: `{value, text}` under `uiDefinition.constraints.allowedValues`, `{value, uiDefinition: {displayName, description}}` under the parameter's `allowedValues`.",
  severity: 'error',
  given: CONNECTION_PARAMETERS,
  check,
  'x-ppc': {
    requirements: ['conn-allowed-values'],
    section: '8.2',
    sources: ['R-SCH-PROP'],
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        propsExample('A number as a value.', [region({ allowedValues: [{ text: 'Europe', value: 1 }] })]),
        propsExample('The values as plain strings.', [region({ allowedValues: ['eu', 'us'] })]),
      ],
      valid: [
        propsExample('Two regions.', [
          region({
            allowedValues: [
              { text: 'Europe', value: 'eu.contoso.com' },
              { text: 'United States', value: 'us.contoso.com' },
            ],
          }),
        ]),
      ],
    },
  },
});
