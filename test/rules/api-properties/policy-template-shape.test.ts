import { propertiesScenarios } from '../../helpers/scenarios';

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
