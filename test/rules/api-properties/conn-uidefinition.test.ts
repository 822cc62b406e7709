import { propertiesScenarios, documentedEdit } from '../../helpers/scenarios';
import { lintPropertiesRule } from '../../helpers/lint';
import { validProps, withProps } from '../../helpers/properties';

describe('ppc-conn-uidefinition', () => {
  propertiesScenarios('ppc-conn-uidefinition', [
    {
      name: 'required as a word.',
      edit: documentedEdit('ppc-conn-uidefinition', 'invalid'),
      expect: [
        {
          path: ['properties', 'connectionParameters', 'api_key', 'uiDefinition', 'constraints', 'required'],
          line: { containing: '"required": "yes"' },
          message: 'Connection parameter "api_key" has constraints.required "yes"',
        },
      ],
    },
    {
      name: 'An unknown constraint.',
      edit: documentedEdit('ppc-conn-uidefinition', 'invalid', 1),
      expect: [
        {
          path: ['properties', 'connectionParameters', 'api_key', 'uiDefinition', 'constraints', 'maxLength'],
          line: { containing: '"maxLength": 40' },
          message: 'Connection parameter "api_key" has the unknown constraint "maxLength"',
        },
      ],
    },
    {
      name: 'An optional, hidden parameter.',
      edit: documentedEdit('ppc-conn-uidefinition', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-conn-uidefinition, further cases', () => {
  it('ppc-conn-param-name, ppc-conn-uidefinition and ppc-conn-secret-securestring', async () => {
    const [ui] = await lintPropertiesRule(
      'ppc-conn-uidefinition',
      withProps((p) => (p.connectionParameters.api_key.uiDefinition.constraints.required = 'required')),
    );
    expect(ui.message).toContain('write the string "true" or "false"');
    {
      const id = 'ppc-conn-uidefinition';
      expect(await lintPropertiesRule(id, validProps())).toEqual([]);
    }
  });
});
