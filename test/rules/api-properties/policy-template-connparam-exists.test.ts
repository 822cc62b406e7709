import { lintPropertiesRule } from '../../helpers/lint';
import { propertiesScenarios, documentedEdit } from '../../helpers/scenarios';
import { withProps } from '../../helpers/properties';

describe('policy templates', () => {
  const policy = (templateId: unknown, parameters: Record<string, unknown>) =>
    withProps((p) => (p.policyTemplateInstances = [{ templateId, title: 'P', parameters }]));
  it('ppc-policy-template-connparam-exists', async () => {
    const host = { 'x-ms-apimTemplateParameter.urlTemplate': "https://@connectionParameters('instance').example.com" };
    const [r] = await lintPropertiesRule('ppc-policy-template-connparam-exists', policy('dynamichosturl', host));
    expect(r.message).toContain("'instance'");
    expect(
      await lintPropertiesRule(
        'ppc-policy-template-connparam-exists',
        withProps((p) => {
          p.connectionParameters.instance = { type: 'string' };
          p.policyTemplateInstances = [{ templateId: 'dynamichosturl', title: 'H', parameters: host }];
        }),
      ),
    ).toEqual([]);
  });
});

describe('ppc-policy-template-connparam-exists scenarios', () => {
  propertiesScenarios('ppc-policy-template-connparam-exists', [
    {
      name: 'A host from an undefined parameter.',
      edit: documentedEdit('ppc-policy-template-connparam-exists', 'invalid'),
      expect: [
        {
          path: ['properties', 'policyTemplateInstances', '0', 'parameters', 'x-ms-apimTemplateParameter.urlTemplate'],
          line: {
            containing:
              '"x-ms-apimTemplateParameter.urlTemplate": "https://@connectionParameters(\'region\').contoso.com"',
          },
          message:
            'Policy "Host" refers to @connectionParameters(\'region\'), which apiProperties.json does not define',
        },
      ],
    },
    {
      name: 'A host from the region parameter.',
      edit: documentedEdit('ppc-policy-template-connparam-exists', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
