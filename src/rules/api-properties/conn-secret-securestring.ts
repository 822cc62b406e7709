import { isObject, quote } from '../../utils/guards';
import { isSecretName } from '../files/secrets';
import {
  CONNECTION_PARAMETERS,
  definePropertiesRule,
  lastKey,
  type Problem,
  type PropertiesCheck,
  propsExample,
} from './shared';

const check: PropertiesCheck = (input, path) => {
  const name = lastKey(path);
  if (!isObject(input) || !isSecretName(name)) return [];
  const problems: Problem[] = [];
  if (input.type === 'string') {
    problems.push({
      message: `Connection parameter ${quote(name)} holds a credential but has the type "string"; use "securestring" so the value is stored encrypted and hidden`,
      at: ['type'],
    });
  }
  const ui = input.uiDefinition;
  const constraints = isObject(ui) ? ui.constraints : undefined;
  if (
    input.type === 'securestring' &&
    isObject(constraints) &&
    (constraints.clearText === true || constraints.clearText === 'true')
  ) {
    problems.push({
      message: `Connection parameter ${quote(name)} shows its secret in clear text; set uiDefinition.constraints.clearText to false`,
      at: ['uiDefinition', 'constraints', 'clearText'],
    });
  }
  return problems;
};

export default definePropertiesRule('ppc-conn-secret-securestring', {
  description:
    'Connection parameters that hold keys, passwords or tokens use the type `securestring` and are not shown in clear text.',
  severity: 'warn',
  given: CONNECTION_PARAMETERS,
  check,
  'x-ppc': {
    requirements: ['conn-secret-securestring'],
    section: '8.2',
    sources: ['R-README', 'R-TPL-C', 'CORPUS'],
    specLevel: 'W',
    examples: {
      invalid: [
        propsExample('An API key as a plain string.', [
          { op: 'set', path: '/properties/connectionParameters/api_key/type', value: 'string' },
        ]),
        propsExample('An API key shown in clear text.', [
          {
            op: 'set',
            path: '/properties/connectionParameters/api_key/uiDefinition/constraints/clearText',
            value: true,
          },
        ]),
      ],
      valid: [
        propsExample('A region as a plain string.', [
          { op: 'set', path: '/properties/connectionParameters/region', value: { type: 'string' } },
        ]),
      ],
    },
  },
});
