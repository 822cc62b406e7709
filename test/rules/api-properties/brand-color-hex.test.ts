import { propertiesScenarios, documentedEdit } from '../../helpers/scenarios';
import { lintPropertiesRule } from '../../helpers/lint';
import { withProps } from '../../helpers/properties';

describe('ppc-brand-color-hex', () => {
  propertiesScenarios('ppc-brand-color-hex', [
    {
      name: 'A colour name.',
      edit: documentedEdit('ppc-brand-color-hex', 'invalid'),
      expect: [
        {
          path: ['properties', 'iconBrandColor'],
          line: { containing: '"iconBrandColor": "blue",' },
          message: 'iconBrandColor is "blue", not a colour "#rrggbb"',
        },
      ],
    },
    {
      name: 'Three digits.',
      edit: documentedEdit('ppc-brand-color-hex', 'invalid', 1),
      expect: [
        {
          path: ['properties', 'iconBrandColor'],
          line: { containing: '"iconBrandColor": "#fff",' },
          message: 'iconBrandColor is "#fff", not a colour "#rrggbb" (write all six digits)',
        },
      ],
    },
    {
      name: 'Upper-case digits.',
      edit: documentedEdit('ppc-brand-color-hex', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-brand-color-hex, further cases', () => {
  it('requires a colour, a #rrggbb colour, and no default colour for certified connectors', async () => {
    const [hex] = await lintPropertiesRule(
      'ppc-brand-color-hex',
      withProps((p) => (p.iconBrandColor = '#12345')),
    );
    expect(hex.message).toContain('"#12345"');
  });
});
