import { propertiesScenarios } from '../../helpers/scenarios';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lintPropertiesRule, VALID_DIR } from '../../helpers/lint';

describe('ppc-policy-template-shape', () => {
  propertiesScenarios('ppc-policy-template-shape', [
    {
      name: 'No templateId.',
      edit: (doc) => {
        doc.properties.policyTemplateInstances = [
          {
            title: 'Set host',
            parameters: { 'x-ms-apimTemplateParameter.urlTemplate': "https://@connectionParameters('host')" },
          },
        ];
      },
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
      edit: (doc) => {
        doc.properties.policyTemplateInstances = [
          {
            templateId: 'setheader',
            title: 'Version header',
            parameters: {
              'x-ms-apimTemplateParameter.name': 'X-Version',
              'x-ms-apimTemplateParameter.value': '2',
              'x-ms-apimTemplateParameter.existsAction': 'override',
              'x-ms-apimTemplate-policySection': 'Request',
            },
          },
        ];
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-policy-template-shape, further cases', () => {
  function validProps(): Record<string, any> {
    return JSON.parse(readFileSync(path.join(VALID_DIR, 'apiProperties.json'), 'utf8')) as Record<string, any>;
  }
  function withProps(change: (props: Record<string, any>) => void): Record<string, any> {
    const doc = validProps();
    change(doc.properties as Record<string, any>);
    return doc;
  }
  const policy = (templateId: unknown, parameters: Record<string, unknown>) =>
    withProps((p) => (p.policyTemplateInstances = [{ templateId, title: 'P', parameters }]));
  it('ppc-policy-template-shape, -known and -params', async () => {
    expect(await lintPropertiesRule('ppc-policy-template-shape', policy(undefined, {}))).toHaveLength(1);
  });
});
