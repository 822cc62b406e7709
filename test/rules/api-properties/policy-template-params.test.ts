import { propertiesScenarios, documentedEdit } from '../../helpers/scenarios';
import { lintPropertiesRule } from '../../helpers/lint';
import { withProps } from '../../helpers/properties';

describe('ppc-policy-template-params', () => {
  propertiesScenarios('ppc-policy-template-params', [
    {
      name: 'A dynamic host URL without its template.',
      edit: documentedEdit('ppc-policy-template-params', 'invalid'),
      expect: [
        {
          path: ['properties', 'policyTemplateInstances', '0', 'parameters'],
          line: { containing: '"parameters": {}' },
          message: 'The dynamichosturl policy ("Host") has no x-ms-apimTemplateParameter.urlTemplate',
        },
      ],
    },
    {
      name: 'A route policy with an unknown method.',
      edit: documentedEdit('ppc-policy-template-params', 'invalid', 1),
      expect: [
        {
          path: ['properties', 'policyTemplateInstances', '0', 'parameters', 'x-ms-apimTemplateParameter.httpMethod'],
          line: { containing: '"x-ms-apimTemplateParameter.httpMethod": "FETCH"' },
          message: 'The routerequesttoendpoint policy ("Route") has x-ms-apimTemplateParameter.httpMethod "FETCH"',
        },
      ],
    },
    {
      name: 'A set-header policy without its value, for one operation named as a string.',
      edit: documentedEdit('ppc-policy-template-params', 'invalid', 2),
      expect: [
        {
          path: ['properties', 'policyTemplateInstances', '0', 'parameters'],
          line: { containing: '"parameters": {' },
          message: 'The setheader policy ("Header") has no x-ms-apimTemplateParameter.value',
        },
        {
          path: ['properties', 'policyTemplateInstances', '0', 'parameters', 'x-ms-apimTemplate-operationName'],
          line: { containing: '"x-ms-apimTemplate-operationName": "ListTasks"' },
          message: 'The setheader policy ("Header") has x-ms-apimTemplate-operationName "ListTasks"',
        },
      ],
    },
    {
      name: 'A dynamic host URL and a polling trigger.',
      edit: documentedEdit('ppc-policy-template-params', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-policy-template-params, further cases', () => {
  const policy = (templateId: unknown, parameters: Record<string, unknown>) =>
    withProps((p) => (p.policyTemplateInstances = [{ templateId, title: 'P', parameters }]));
  it('ppc-policy-template-shape, -known and -params', async () => {
    const params = await lintPropertiesRule(
      'ppc-policy-template-params',
      policy('SetHeader', {
        'x-ms-apimTemplateParameter.name': 'X',
        'x-ms-apimTemplateParameter.existsAction': 'replace',
      }),
    );
    expect(params.map((r) => r.message)).toEqual([
      expect.stringContaining('no x-ms-apimTemplateParameter.value'),
      expect.stringContaining('"replace"'),
    ]);
    expect(
      await lintPropertiesRule(
        'ppc-policy-template-params',
        policy('setheader', { 'x-ms-apimTemplateParameter.name': 'X', 'x-ms-apimTemplateParameter.value': '1' }),
      ),
    ).toEqual([]);
  });
});
