import { propertiesScenarios } from '../../helpers/scenarios';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lintPropertiesRule, VALID_DIR } from '../../helpers/lint';

describe('ppc-brand-color-required', () => {
  propertiesScenarios('ppc-brand-color-required', [
    {
      name: 'No iconBrandColor.',
      edit: (doc) => {
        delete doc.properties.iconBrandColor;
      },
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
      edit: (doc) => {
        doc.properties.iconBrandColor = '#5c2d91';
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-brand-color-required, further cases', () => {
  function validProps(): Record<string, any> {
    return JSON.parse(readFileSync(path.join(VALID_DIR, 'apiProperties.json'), 'utf8')) as Record<string, any>;
  }
  function withProps(change: (props: Record<string, any>) => void): Record<string, any> {
    const doc = validProps();
    change(doc.properties as Record<string, any>);
    return doc;
  }
  it('requires a colour, a #rrggbb colour, and no default colour for certified connectors', async () => {
    expect(
      await lintPropertiesRule(
        'ppc-brand-color-required',
        withProps((p) => delete p.iconBrandColor),
      ),
    ).toHaveLength(1);
  });
});
