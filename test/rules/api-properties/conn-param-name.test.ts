import { propertiesScenarios, documentedEdit } from '../../helpers/scenarios';
import { lintPropertiesRule } from '../../helpers/lint';
import { validProps, withProps } from '../../helpers/properties';

describe('ppc-conn-param-name', () => {
  propertiesScenarios('ppc-conn-param-name', [
    {
      name: 'A hyphen in the name.',
      edit: documentedEdit('ppc-conn-param-name', 'invalid'),
      expect: [
        {
          path: ['properties', 'connectionParameters', 'api-key'],
          line: { containing: '"api-key": {' },
          message: 'Connection parameter name "api-key" has characters other than letters, digits and "_"',
        },
      ],
    },
    {
      name: 'The tenant claim parameter.',
      edit: documentedEdit('ppc-conn-param-name', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-conn-param-name, further cases', () => {
  it('ppc-conn-param-name, ppc-conn-uidefinition and ppc-conn-secret-securestring', async () => {
    expect(
      await lintPropertiesRule(
        'ppc-conn-param-name',
        withProps((p) => (p.connectionParameters['api key'] = { type: 'string' })),
      ),
    ).toHaveLength(1);
    {
      const id = 'ppc-conn-param-name';
      expect(await lintPropertiesRule(id, validProps())).toEqual([]);
    }
  });
});
