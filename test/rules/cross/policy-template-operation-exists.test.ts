import { lintFolderRule } from '../../helpers/lint';
import { folderScenarios } from '../../helpers/scenarios';

const props = (
  extra: Record<string, unknown>,
  connectionParameters: Record<string, unknown> = { api_key: { type: 'securestring' } },
) => ({
  json: {
    properties: {
      connectionParameters,
      iconBrandColor: '#0f6cbd',
      capabilities: [],
      publisher: 'Contoso Ltd',
      stackOwner: 'Contoso Ltd',
      ...extra,
    },
  },
});

describe('cross-file rules', () => {
  it('ppc-policy-template-operation-exists', async () => {
    const policy = (names: unknown) =>
      props({
        policyTemplateInstances: [
          {
            templateId: 'routerequesttoendpoint',
            title: 'Route',
            parameters: { 'x-ms-apimTemplateParameter.newPath': '/v2', 'x-ms-apimTemplate-operationName': names },
          },
        ],
      });
    const [r] = await lintFolderRule('ppc-policy-template-operation-exists', {
      'apiProperties.json': policy(['ListTasks', 'getTask']),
    });
    expect(r.message).toContain('did you mean "GetTask"');
    expect(r.path).toEqual([
      'properties',
      'policyTemplateInstances',
      0,
      'parameters',
      'x-ms-apimTemplate-operationName',
      1,
    ]);
    expect(
      await lintFolderRule('ppc-policy-template-operation-exists', {
        'apiProperties.json': policy(['ListTasks', 'GetTask']),
      }),
    ).toEqual([]);
  });
});

describe('ppc-policy-template-operation-exists scenarios', () => {
  folderScenarios('ppc-policy-template-operation-exists', [
    {
      name: 'A policy for a misspelt operation.',
      files: {
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
                  templateId: 'setheader',
                  title: 'Version',
                  parameters: {
                    'x-ms-apimTemplateParameter.name': 'X-Version',
                    'x-ms-apimTemplateParameter.value': '2',
                    'x-ms-apimTemplate-operationName': ['Listtasks'],
                  },
                },
              ],
            },
          },
        },
      },
      expect: [
        {
          path: ['properties', 'policyTemplateInstances', 0, 'parameters', 'x-ms-apimTemplate-operationName', 0],
          line: 16,
          message:
            'Policy "Version" applies to the operation "Listtasks", which the definition does not have (did you mean "ListTasks"?)',
        },
      ],
    },
    {
      name: 'A policy for existing operations.',
      files: {
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
                  templateId: 'setheader',
                  title: 'Version',
                  parameters: {
                    'x-ms-apimTemplateParameter.name': 'X-Version',
                    'x-ms-apimTemplateParameter.value': '2',
                    'x-ms-apimTemplate-operationName': ['ListTasks', 'GetTask'],
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
