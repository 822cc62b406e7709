import { propertiesScenarios } from '../../helpers/scenarios';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lintPropertiesRule, VALID_DIR } from '../../helpers/lint';

describe('ppc-props-root', () => {
  propertiesScenarios('ppc-props-root', [
    {
      name: 'A root-level iconBrandColor.',
      edit: (doc) => {
        doc.iconBrandColor = '#0f6cbd';
      },
      expect: [{ path: ['iconBrandColor'], line: 23, message: 'apiProperties.json has the root key "iconBrandColor"' }],
    },
    {
      name: 'A $schema beside properties.',
      edit: (doc) => {
        doc.$schema = 'https://example.com/apiProperties.schema.json';
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-props-root, further cases', () => {
  function validProps(): Record<string, any> {
    return JSON.parse(readFileSync(path.join(VALID_DIR, 'apiProperties.json'), 'utf8')) as Record<string, any>;
  }
  it('report unknown keys with a rename hint', async () => {
    expect(await lintPropertiesRule('ppc-props-root', { properties: validProps().properties, extra: 1 })).toHaveLength(
      1,
    );
    expect(await lintPropertiesRule('ppc-props-root', '[]')).toHaveLength(1);
  });
});
