import { propertiesScenarios } from '../../helpers/scenarios';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lintPropertiesRule, VALID_DIR } from '../../helpers/lint';

describe('ppc-brand-color-hex', () => {
  propertiesScenarios('ppc-brand-color-hex', [
    {
      name: 'A colour name.',
      edit: (doc) => {
        doc.properties.iconBrandColor = 'blue';
      },
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
      edit: (doc) => {
        doc.properties.iconBrandColor = '#fff';
      },
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
      edit: (doc) => {
        doc.properties.iconBrandColor = '#0F6CBD';
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-brand-color-hex, further cases', () => {
  function validProps(): Record<string, any> {
    return JSON.parse(readFileSync(path.join(VALID_DIR, 'apiProperties.json'), 'utf8')) as Record<string, any>;
  }
  function withProps(change: (props: Record<string, any>) => void): Record<string, any> {
    const doc = validProps();
    change(doc.properties as Record<string, any>);
    return doc;
  }
  it('requires a colour, a #rrggbb colour, and no default colour for certified connectors', async () => {
    const [hex] = await lintPropertiesRule(
      'ppc-brand-color-hex',
      withProps((p) => (p.iconBrandColor = '#12345')),
    );
    expect(hex.message).toContain('"#12345"');
  });
});
