import { propertiesScenarios, documentedEdit } from '../../helpers/scenarios';
import { lintPropertiesRule } from '../../helpers/lint';
import { validProps, withProps } from '../../helpers/properties';

describe('ppc-props-allowed-keys', () => {
  propertiesScenarios('ppc-props-allowed-keys', [
    {
      name: 'stackOwner spelt in lower case.',
      edit: documentedEdit('ppc-props-allowed-keys', 'invalid'),
      expect: [
        {
          path: ['properties', 'stackowner'],
          line: { containing: '"stackowner": "Contoso Ltd"' },
          message: 'apiProperties.json properties has the unknown key "stackowner"',
        },
      ],
    },
    {
      name: 'A website key.',
      edit: documentedEdit('ppc-props-allowed-keys', 'invalid', 1),
      expect: [
        {
          path: ['properties', 'website'],
          line: { containing: '"website": "https://contoso.com"' },
          message: 'apiProperties.json properties has the unknown key "website"',
        },
      ],
    },
    {
      name: 'Script operations and policies.',
      edit: documentedEdit('ppc-props-allowed-keys', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-props-allowed-keys, further cases', () => {
  it('report unknown keys with a rename hint', async () => {
    const [r] = await lintPropertiesRule(
      'ppc-props-allowed-keys',
      withProps((p) => (p.StackOwner = 'x')),
    );
    expect(r.message).toContain('rename it to "stackOwner"');
    expect(await lintPropertiesRule('ppc-props-allowed-keys', validProps())).toEqual([]);
  });
});
