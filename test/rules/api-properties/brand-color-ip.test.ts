import { propertiesScenarios } from '../../helpers/scenarios';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { apiPropertiesRulesetFor } from '../../../src/lint';
import { lintPropertiesRule, VALID_DIR } from '../../helpers/lint';

describe('ppc-brand-color-ip', () => {
  propertiesScenarios('ppc-brand-color-ip', [
    {
      name: 'A brand colour in an independent-publisher connector.',
      edit: () => {},
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
      edit: (doc) => {
        doc.properties.iconBrandColor = '#DA3B01';
      },
      expect: [],
      profile: 'independent-publisher',
    },
  ]);
});

describe('ppc-brand-color-ip, further cases', () => {
  function validProps(): Record<string, any> {
    return JSON.parse(readFileSync(path.join(VALID_DIR, 'apiProperties.json'), 'utf8')) as Record<string, any>;
  }
  function withProps(change: (props: Record<string, any>) => void): Record<string, any> {
    const doc = validProps();
    change(doc.properties as Record<string, any>);
    return doc;
  }
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
    expect(apiPropertiesRulesetFor('certified').rules['ppc-brand-color-ip']).toBeUndefined();
  });
});
