import { propertiesScenarios, documentedEdit } from '../../helpers/scenarios';
import { lintPropertiesRule } from '../../helpers/lint';
import { withProps } from '../../helpers/properties';

describe('ppc-policy-template-known', () => {
  propertiesScenarios('ppc-policy-template-known', [
    {
      name: 'A made-up template.',
      edit: documentedEdit('ppc-policy-template-known', 'invalid'),
      expect: [
        {
          path: ['properties', 'policyTemplateInstances', '0', 'templateId'],
          line: { containing: '"templateId": "addheader",' },
          message: 'Policy templateId "addheader" is not a known policy template',
        },
      ],
    },
    {
      name: 'A route policy, in another case.',
      edit: documentedEdit('ppc-policy-template-known', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-policy-template-known, further cases', () => {
  const policy = (templateId: unknown, parameters: Record<string, unknown>) =>
    withProps((p) => (p.policyTemplateInstances = [{ templateId, title: 'P', parameters }]));
  it('ppc-policy-template-shape, -known and -params', async () => {
    const [known] = await lintPropertiesRule('ppc-policy-template-known', policy('sethaeder', {}));
    expect(known.message).toContain('"sethaeder"');
    expect(
      await lintPropertiesRule('ppc-policy-template-known', policy('setconnectionstatustounauthenticated', {})),
    ).toEqual([]);
  });
});
