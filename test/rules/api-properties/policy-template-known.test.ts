import { propertiesScenarios } from '../../helpers/scenarios';

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
