import { propertiesScenarios, documentedEdit } from '../../helpers/scenarios';
import { lintPropertiesRule } from '../../helpers/lint';
import { validProps, withProps } from '../../helpers/properties';

describe('ppc-stack-owner-required', () => {
  propertiesScenarios('ppc-stack-owner-required', [
    {
      name: 'No stackOwner.',
      edit: documentedEdit('ppc-stack-owner-required', 'invalid'),
      expect: [
        {
          path: ['properties'],
          line: { containing: '"properties": {' },
          message: 'apiProperties.json has no stackOwner',
        },
      ],
    },
    {
      name: 'The service owner.',
      edit: documentedEdit('ppc-stack-owner-required', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-stack-owner-required, further cases', () => {
  it('fire when missing or blank and pass names', async () => {
    expect(
      await lintPropertiesRule(
        'ppc-stack-owner-required',
        withProps((p) => (p.stackOwner = '')),
      ),
    ).toHaveLength(1);
    expect(await lintPropertiesRule('ppc-stack-owner-required', validProps())).toEqual([]);
  });
});
