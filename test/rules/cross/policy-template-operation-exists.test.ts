import { lintFolderRule } from '../../helpers/lint';
import { folderScenarios, documentedFiles } from '../../helpers/scenarios';
import { props } from '../../helpers/properties';

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
      files: documentedFiles('ppc-policy-template-operation-exists', 'invalid'),
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
      files: documentedFiles('ppc-policy-template-operation-exists', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', files: {}, expect: [] },
  ]);
});
