import { propertiesScenarios, documentedEdit } from '../../helpers/scenarios';
import { lintPropertiesRule } from '../../helpers/lint';
import { validProps, withProps } from '../../helpers/properties';

describe('ppc-publisher-required', () => {
  propertiesScenarios('ppc-publisher-required', [
    {
      name: 'No publisher.',
      edit: documentedEdit('ppc-publisher-required', 'invalid'),
      expect: [
        {
          path: ['properties'],
          line: { containing: '"properties": {' },
          message: 'apiProperties.json has no publisher',
        },
      ],
    },
    {
      name: 'An empty publisher.',
      edit: documentedEdit('ppc-publisher-required', 'invalid', 1),
      expect: [
        { path: ['properties', 'publisher'], line: { containing: '"publisher": " ",' }, message: 'publisher is " "' },
      ],
    },
    {
      name: 'Two people.',
      edit: documentedEdit('ppc-publisher-required', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-publisher-required, further cases', () => {
  it('fire when missing or blank and pass names', async () => {
    expect(
      await lintPropertiesRule(
        'ppc-publisher-required',
        withProps((p) => delete p.publisher),
      ),
    ).toHaveLength(1);
    expect(
      await lintPropertiesRule(
        'ppc-publisher-required',
        withProps((p) => (p.publisher = 42)),
      ),
    ).toHaveLength(1);
    expect(await lintPropertiesRule('ppc-publisher-required', validProps())).toEqual([]);
  });
});
