import { propertiesScenarios } from '../../helpers/scenarios';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lintPropertiesRule, VALID_DIR } from '../../helpers/lint';

describe('ppc-policy-template-params', () => {
  propertiesScenarios('ppc-policy-template-params', [
    {
      name: 'A dynamic host URL without its template.',
      edit: (doc) => {
        doc.properties.policyTemplateInstances = [{ templateId: 'dynamichosturl', title: 'Host', parameters: {} }];
      },
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
      edit: (doc) => {
        doc.properties.policyTemplateInstances = [
          {
            templateId: 'routerequesttoendpoint',
            title: 'Route',
            parameters: {
              'x-ms-apimTemplateParameter.newPath': '/v2/items',
              'x-ms-apimTemplateParameter.httpMethod': 'FETCH',
            },
          },
        ];
      },
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
      edit: (doc) => {
        doc.properties.policyTemplateInstances = [
          {
            templateId: 'setheader',
            title: 'Header',
            parameters: {
              'x-ms-apimTemplateParameter.name': 'X-Version',
              'x-ms-apimTemplate-operationName': 'ListTasks',
            },
          },
        ];
      },
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
      edit: (doc) => {
        doc.properties.policyTemplateInstances = [
          {
            templateId: 'dynamichosturl',
            title: 'Host',
            parameters: {
              'x-ms-apimTemplateParameter.urlTemplate': "https://@connectionParameters('region').contoso.com",
            },
          },
          {
            templateId: 'pollingtrigger',
            title: 'New tasks',
            parameters: {
              'x-ms-apimTemplateParameter.triggerConfig': { since: '@triggerState()' },
              'x-ms-apimTemplateParameter.triggerDataPath': '@body()',
              'x-ms-apimTemplate-operationName': ['OnNewTask'],
            },
          },
        ];
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-policy-template-params, further cases', () => {
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
