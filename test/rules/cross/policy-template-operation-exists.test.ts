import { lintFolderRule } from '../../helpers/lint';

const props = (extra: Record<string, unknown>, connectionParameters: Record<string, unknown> = { api_key: { type: 'securestring' } }) => ({
  json: { properties: { connectionParameters, iconBrandColor: '#0f6cbd', capabilities: [], publisher: 'Contoso Ltd', stackOwner: 'Contoso Ltd', ...extra } },
});

describe('cross-file rules', () => {
  it('ppc-policy-template-operation-exists', async () => {
    const policy = (names: unknown) => props({ policyTemplateInstances: [{ templateId: 'routerequesttoendpoint', title: 'Route', parameters: { 'x-ms-apimTemplateParameter.newPath': '/v2', 'x-ms-apimTemplate-operationName': names } }] });
    const [r] = await lintFolderRule('ppc-policy-template-operation-exists', { 'apiProperties.json': policy(['ListTasks', 'getTask']) });
    expect(r!.message).toContain('did you mean "GetTask"');
    expect(r!.path).toEqual(['properties', 'policyTemplateInstances', 0, 'parameters', 'x-ms-apimTemplate-operationName', 1]);
    expect(await lintFolderRule('ppc-policy-template-operation-exists', { 'apiProperties.json': policy(['ListTasks', 'GetTask']) })).toEqual([]);
  });
});
