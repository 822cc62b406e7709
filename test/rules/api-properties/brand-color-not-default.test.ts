import { propertiesScenarios, documentedEdit } from '../../helpers/scenarios';
import { apiPropertiesRulesetFor } from '../../../src/lint';
import { lintPropertiesRule } from '../../helpers/lint';
import { validProps, withProps } from '../../helpers/properties';

describe('ppc-brand-color-not-default', () => {
  propertiesScenarios('ppc-brand-color-not-default', [
    {
      name: 'The default colour.',
      edit: documentedEdit('ppc-brand-color-not-default', 'invalid'),
      expect: [
        {
          path: ['properties', 'iconBrandColor'],
          line: { containing: '"iconBrandColor": "#007EE5",' },
          message: 'iconBrandColor is "#007EE5", the default colour',
        },
      ],
    },
    {
      name: 'White.',
      edit: documentedEdit('ppc-brand-color-not-default', 'invalid', 1),
      expect: [
        {
          path: ['properties', 'iconBrandColor'],
          line: { containing: '"iconBrandColor": "#ffffff",' },
          message: 'iconBrandColor is "#ffffff", white',
        },
      ],
    },
    { name: 'A brand colour.', edit: documentedEdit('ppc-brand-color-not-default', 'valid'), expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-brand-color-not-default, further cases', () => {
  it('requires a colour, a #rrggbb colour, and no default colour for certified connectors', async () => {
    const [def] = await lintPropertiesRule(
      'ppc-brand-color-not-default',
      withProps((p) => (p.iconBrandColor = '#007EE5')),
    );
    expect(def.message).toContain('the default colour');
    expect(await lintPropertiesRule('ppc-brand-color-not-default', validProps())).toEqual([]);
  });
});

describe('ppc-brand-color-not-default, further cases', () => {
  it('asks independent publishers for exactly #da3b01, and only them', () => {
    expect(apiPropertiesRulesetFor('independent-publisher').rules['ppc-brand-color-not-default'].enabled).toBe(false);
  });
});
