import { propertiesScenarios } from '../../helpers/scenarios';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lintPropertiesRule, VALID_DIR } from '../../helpers/lint';

describe('ppc-policy-template-known', () => {
  propertiesScenarios('ppc-policy-template-known', [
    {
      name: 'A made-up template.',
      edit: (doc) => {
        doc.properties.policyTemplateInstances = [{ templateId: 'addheader', title: 'Header', parameters: {} }];
      },
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
      edit: (doc) => {
        doc.properties.policyTemplateInstances = [
          {
            templateId: 'RouteRequestToEndpoint',
            title: 'Route',
            parameters: { 'x-ms-apimTemplateParameter.newPath': '/v2/items' },
          },
        ];
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-policy-template-known, further cases', () => {
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
    const [known] = await lintPropertiesRule('ppc-policy-template-known', policy('sethaeder', {}));
    expect(known.message).toContain('"sethaeder"');
    expect(
      await lintPropertiesRule('ppc-policy-template-known', policy('setconnectionstatustounauthenticated', {})),
    ).toEqual([]);
  });
});
