import { propertiesScenarios, documentedEdit } from '../../helpers/scenarios';
import { lintPropertiesRule } from '../../helpers/lint';
import { validProps, withProps } from '../../helpers/properties';

describe('ppc-auth-no-empty-connection', () => {
  propertiesScenarios('ppc-auth-no-empty-connection', [
    {
      name: 'No connection parameters.',
      edit: documentedEdit('ppc-auth-no-empty-connection', 'invalid'),
      expect: [
        {
          path: ['properties', 'connectionParameters'],
          line: { containing: '"connectionParameters": {},' },
          message: 'apiProperties.json has no connection parameters (no authentication)',
        },
      ],
    },
    { name: 'An API key parameter.', edit: documentedEdit('ppc-auth-no-empty-connection', 'valid'), expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-auth-no-empty-connection, further cases', () => {
  it('ppc-auth-no-empty-connection and the multi-auth rules', async () => {
    expect(
      await lintPropertiesRule(
        'ppc-auth-no-empty-connection',
        withProps((p) => (p.connectionParameters = {})),
      ),
    ).toHaveLength(1);
    expect(await lintPropertiesRule('ppc-auth-no-empty-connection', validProps())).toEqual([]);
  });
});
