import { propertiesScenarios, documentedEdit } from '../../helpers/scenarios';
import { apiPropertiesRulesetFor } from '../../../src/lint';
import { lintPropertiesRule } from '../../helpers/lint';
import { validProps, withProps } from '../../helpers/properties';

describe('ppc-brand-color-ip', () => {
  propertiesScenarios('ppc-brand-color-ip', [
    {
      name: 'A brand colour in an independent-publisher connector.',
      edit: documentedEdit('ppc-brand-color-ip', 'invalid'),
      expect: [
        {
          path: ['properties', 'iconBrandColor'],
          line: { containing: '"iconBrandColor": "#0f6cbd",' },
          message: 'iconBrandColor is "#0f6cbd"',
        },
      ],
      profile: 'independent-publisher',
    },
    {
      name: 'The independent-publisher colour.',
      edit: documentedEdit('ppc-brand-color-ip', 'valid'),
      expect: [],
      profile: 'independent-publisher',
    },
  ]);
});

describe('ppc-brand-color-ip, further cases', () => {
  it('asks independent publishers for exactly #da3b01, and only them', async () => {
    const [ip] = await lintPropertiesRule('ppc-brand-color-ip', validProps(), 'independent-publisher');
    expect(ip.message).toContain('"#0f6cbd"');
    expect(
      await lintPropertiesRule(
        'ppc-brand-color-ip',
        withProps((p) => (p.iconBrandColor = '#da3b01')),
        'independent-publisher',
      ),
    ).toEqual([]);
    expect(apiPropertiesRulesetFor('certified').rules['ppc-brand-color-ip'].enabled).toBe(false);
  });
});
