import { propertiesScenarios, documentedEdit } from '../../helpers/scenarios';
import { lintPropertiesRule } from '../../helpers/lint';
import { withProps } from '../../helpers/properties';

describe('ppc-brand-color-required', () => {
  propertiesScenarios('ppc-brand-color-required', [
    {
      name: 'No iconBrandColor.',
      edit: documentedEdit('ppc-brand-color-required', 'invalid'),
      expect: [
        {
          path: ['properties'],
          line: { containing: '"properties": {' },
          message: 'apiProperties.json has no iconBrandColor',
        },
      ],
    },
    {
      name: 'A brand colour.',
      edit: documentedEdit('ppc-brand-color-required', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-brand-color-required, further cases', () => {
  it('requires a colour, a #rrggbb colour, and no default colour for certified connectors', async () => {
    expect(
      await lintPropertiesRule(
        'ppc-brand-color-required',
        withProps((p) => delete p.iconBrandColor),
      ),
    ).toHaveLength(1);
  });
});
