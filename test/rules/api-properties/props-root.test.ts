import { propertiesScenarios, documentedEdit } from '../../helpers/scenarios';
import { lintPropertiesRule } from '../../helpers/lint';
import { validProps } from '../../helpers/properties';

describe('ppc-props-root', () => {
  propertiesScenarios('ppc-props-root', [
    {
      name: 'A root-level iconBrandColor.',
      edit: documentedEdit('ppc-props-root', 'invalid'),
      expect: [{ path: ['iconBrandColor'], line: 23, message: 'apiProperties.json has the root key "iconBrandColor"' }],
    },
    {
      name: 'A $schema beside properties.',
      edit: documentedEdit('ppc-props-root', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-props-root, further cases', () => {
  it('report unknown keys with a rename hint', async () => {
    expect(await lintPropertiesRule('ppc-props-root', { properties: validProps().properties, extra: 1 })).toHaveLength(
      1,
    );
    expect(await lintPropertiesRule('ppc-props-root', '[]')).toHaveLength(1);
  });
});
