import { propertiesScenarios } from '../../helpers/scenarios';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { apiPropertiesRulesetFor } from '../../../src/lint';
import { lintPropertiesRule, VALID_DIR } from '../../helpers/lint';

describe('ppc-brand-color-not-default', () => {
  propertiesScenarios('ppc-brand-color-not-default', [
    {
      name: 'The default colour.',
      edit: (doc) => {
        doc.properties.iconBrandColor = '#007EE5';
      },
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
      edit: (doc) => {
        doc.properties.iconBrandColor = '#ffffff';
      },
      expect: [
        {
          path: ['properties', 'iconBrandColor'],
          line: { containing: '"iconBrandColor": "#ffffff",' },
          message: 'iconBrandColor is "#ffffff", white',
        },
      ],
    },
    { name: 'A brand colour.', edit: () => {}, expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-brand-color-not-default, further cases', () => {
  function validProps(): Record<string, any> {
    return JSON.parse(readFileSync(path.join(VALID_DIR, 'apiProperties.json'), 'utf8')) as Record<string, any>;
  }
  function withProps(change: (props: Record<string, any>) => void): Record<string, any> {
    const doc = validProps();
    change(doc.properties as Record<string, any>);
    return doc;
  }
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
    expect(apiPropertiesRulesetFor('independent-publisher').rules['ppc-brand-color-not-default']).toBeUndefined();
  });
});
