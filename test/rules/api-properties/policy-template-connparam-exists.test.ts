import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lintPropertiesRule, VALID_DIR } from '../../helpers/lint';
import { propertiesScenarios } from '../../helpers/scenarios';

function validProps(): Record<string, any> {
  return JSON.parse(readFileSync(path.join(VALID_DIR, 'apiProperties.json'), 'utf8')) as Record<string, any>;
}

function withProps(change: (props: Record<string, any>) => void): Record<string, any> {
  const doc = validProps();
  change(doc.properties as Record<string, any>);
  return doc;
}

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
      edit: (doc) => {
        doc.properties.policyTemplateInstances = [
          {
            templateId: 'dynamichosturl',
            title: 'Host',
            parameters: {
              'x-ms-apimTemplateParameter.urlTemplate': "https://@connectionParameters('region').contoso.com",
            },
          },
        ];
      },
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
      edit: (doc) => {
        doc.properties.connectionParameters.region = { type: 'string' };
        doc.properties.policyTemplateInstances = [
          {
            templateId: 'dynamichosturl',
            title: 'Host',
            parameters: {
              'x-ms-apimTemplateParameter.urlTemplate': "https://@connectionParameters('region').contoso.com",
            },
          },
        ];
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
