import { propertiesScenarios, documentedEdit } from '../../helpers/scenarios';
import { lintPropertiesRule } from '../../helpers/lint';
import { validProps, withProps } from '../../helpers/properties';

describe('ppc-conn-secret-securestring', () => {
  propertiesScenarios('ppc-conn-secret-securestring', [
    {
      name: 'An API key as a plain string.',
      edit: documentedEdit('ppc-conn-secret-securestring', 'invalid'),
      expect: [
        {
          path: ['properties', 'connectionParameters', 'api_key', 'type'],
          line: { containing: '"type": "string",' },
          message: 'Connection parameter "api_key" holds a credential but has the type "string"',
        },
      ],
    },
    {
      name: 'An API key shown in clear text.',
      edit: documentedEdit('ppc-conn-secret-securestring', 'invalid', 1),
      expect: [
        {
          path: ['properties', 'connectionParameters', 'api_key', 'uiDefinition', 'constraints', 'clearText'],
          line: { containing: '"clearText": true,' },
          message: 'Connection parameter "api_key" shows its secret in clear text',
        },
      ],
    },
    {
      name: 'A region as a plain string.',
      edit: documentedEdit('ppc-conn-secret-securestring', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-conn-secret-securestring, further cases', () => {
  it('ppc-conn-param-name, ppc-conn-uidefinition and ppc-conn-secret-securestring', async () => {
    const [secret] = await lintPropertiesRule(
      'ppc-conn-secret-securestring',
      withProps((p) => (p.connectionParameters.password = { type: 'string' })),
    );
    expect(secret.message).toContain('"password"');
    {
      const id = 'ppc-conn-secret-securestring';
      expect(await lintPropertiesRule(id, validProps())).toEqual([]);
    }
  });
});
