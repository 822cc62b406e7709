import { folderScenarios } from '../../helpers/scenarios';

describe('ppc-pageable-policy', () => {
  folderScenarios('ppc-pageable-policy', [
    {
      name: 'A pageable list without the policy.',
      files: {
        'apiDefinition.swagger.json': {
          json: {
            swagger: '2.0',
            info: { title: 'Contoso Tasks', description: 'Tracks the tasks of a team.', version: '1.0' },
            host: 'api.contoso.com',
            basePath: '/',
            schemes: ['https'],
            paths: {
              '/tasks': {
                get: {
                  operationId: 'ListTasks',
                  summary: 'List tasks',
                  description: 'Lists tasks.',
                  'x-ms-pageable': { nextLinkName: 'nextLink' },
                  responses: { '200': { description: 'OK' } },
                },
              },
            },
          },
        },
      },
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'x-ms-pageable'],
          line: 19,
          message: 'Operation "ListTasks" is pageable but no "updatenextlink" policy in apiProperties.json covers it',
        },
      ],
    },
    {
      name: 'A pageable list with the policy.',
      files: {
        'apiDefinition.swagger.json': {
          json: {
            swagger: '2.0',
            info: { title: 'Contoso Tasks', description: 'Tracks the tasks of a team.', version: '1.0' },
            host: 'api.contoso.com',
            basePath: '/',
            schemes: ['https'],
            paths: {
              '/tasks': {
                get: {
                  operationId: 'ListTasks',
                  summary: 'List tasks',
                  description: 'Lists tasks.',
                  'x-ms-pageable': { nextLinkName: 'nextLink' },
                  responses: { '200': { description: 'OK' } },
                },
              },
            },
          },
        },
        'apiProperties.json': {
          json: {
            properties: {
              connectionParameters: {},
              iconBrandColor: '#0f6cbd',
              capabilities: [],
              publisher: 'Contoso Ltd',
              stackOwner: 'Contoso Ltd',
              policyTemplateInstances: [
                {
                  templateId: 'updatenextlink',
                  title: 'Next link',
                  parameters: {
                    'x-ms-apimTemplateParameter.nextLinkPropertyName': 'nextLink',
                    'x-ms-apimTemplate-operationName': ['ListTasks'],
                  },
                },
              ],
            },
          },
        },
      },
      expect: [],
    },
    { name: 'the valid fixture', files: {}, expect: [] },
  ]);
});
