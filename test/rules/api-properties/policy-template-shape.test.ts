import { propertiesScenarios, documentedEdit } from '../../helpers/scenarios';
import { lintPropertiesRule } from '../../helpers/lint';
import { withProps } from '../../helpers/properties';

describe('ppc-policy-template-shape', () => {
  propertiesScenarios('ppc-policy-template-shape', [
    {
      name: 'No templateId.',
      edit: documentedEdit('ppc-policy-template-shape', 'invalid'),
      expect: [
        {
          path: ['properties', 'policyTemplateInstances', '0'],
          line: 23,
          message: 'policyTemplateInstances[0] has no templateId',
        },
      ],
    },
    {
      name: 'A set-header policy.',
      edit: documentedEdit('ppc-policy-template-shape', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-policy-template-shape, further cases', () => {
  const policy = (templateId: unknown, parameters: Record<string, unknown>) =>
    withProps((p) => (p.policyTemplateInstances = [{ templateId, title: 'P', parameters }]));
  it('ppc-policy-template-shape, -known and -params', async () => {
    expect(await lintPropertiesRule('ppc-policy-template-shape', policy(undefined, {}))).toHaveLength(1);
  });
});
