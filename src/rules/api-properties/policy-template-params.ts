import { isObject, jsonValue, quote } from '../../utils/guards';
import { OPERATION_NAME, PARAM, POLICY_SECTION, templateOf } from './policy-templates';
import { definePropertiesRule, type Problem, type PropertiesCheck, propsExample, regionHostPolicy } from './shared';

const check: PropertiesCheck = (input) => {
  if (!isObject(input)) return [];
  const template = templateOf(input.templateId);
  if (!template) return [];
  const params = isObject(input.parameters) ? input.parameters : {};
  const problems: Problem[] = [];
  const title = typeof input.title === 'string' ? ` (${quote(input.title)})` : '';
  const atParams = (key?: string) => (isObject(input.parameters) ? ['parameters', ...(key ? [key] : [])] : []);
  for (const name of template.required) {
    const value = params[PARAM + name];
    if (value === undefined || (typeof value === 'string' && value.trim() === '')) {
      problems.push({
        message: `The ${template.id} policy${title} has no ${PARAM}${name}; add it (the template needs it)`,
        at: atParams(),
      });
    }
  }
  for (const [name, allowed] of Object.entries(template.enums ?? {})) {
    const value = params[PARAM + name];
    if (value !== undefined && !(typeof value === 'string' && allowed.includes(value))) {
      problems.push({
        message: `The ${template.id} policy${title} has ${PARAM}${name} ${jsonValue(value)}; use one of ${allowed.join(', ')}`,
        at: atParams(PARAM + name),
      });
    }
  }
  const section = params[POLICY_SECTION];
  if (
    section !== undefined &&
    template.sections &&
    !(typeof section === 'string' && template.sections.includes(section))
  ) {
    problems.push({
      message: `The ${template.id} policy${title} has the policy section ${jsonValue(section)}; use ${template.sections.join(' or ')}`,
      at: atParams(POLICY_SECTION),
    });
  }
  const names = params[OPERATION_NAME];
  if (names !== undefined && !(Array.isArray(names) && names.every((n) => typeof n === 'string'))) {
    problems.push({
      message: `The ${template.id} policy${title} has ${OPERATION_NAME} ${jsonValue(names)}; write a list of operationIds, such as ["ListItems"]`,
      at: atParams(OPERATION_NAME),
    });
  }
  if (
    template.id === 'pollingtrigger' &&
    params[`${PARAM}triggerConfig`] !== undefined &&
    !isObject(params[`${PARAM}triggerConfig`])
  ) {
    problems.push({
      message: `The pollingtrigger policy${title} has triggerConfig ${jsonValue(params[`${PARAM}triggerConfig`])}; make it an object of query parameter → value expression`,
      at: atParams(`${PARAM}triggerConfig`),
    });
  }
  return problems;
};

export default definePropertiesRule('ppc-policy-template-params', {
  description:
    'Each known policy template has its required parameters (dynamichosturl: urlTemplate; setheader: name and value; routerequesttoendpoint: newPath; pollingtrigger: triggerConfig and triggerDataPath; …), enumerated values from their lists, and an operationName list of strings.',
  severity: 'error',
  given: '$.properties.policyTemplateInstances[*]',
  check,
  'x-ppc': {
    requirements: ['policy-template-params'],
    section: '11',
    sources: ['R-SCH-PROP', 'CORPUS'],
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        propsExample('A dynamic host URL without its template.', [
          {
            op: 'set',
            path: '/properties/policyTemplateInstances',
            value: [{ templateId: 'dynamichosturl', title: 'Host', parameters: {} }],
          },
        ]),
        propsExample('A route policy with an unknown method.', [
          {
            op: 'set',
            path: '/properties/policyTemplateInstances',
            value: [
              {
                templateId: 'routerequesttoendpoint',
                title: 'Route',
                parameters: {
                  'x-ms-apimTemplateParameter.newPath': '/v2/items',
                  'x-ms-apimTemplateParameter.httpMethod': 'FETCH',
                },
              },
            ],
          },
        ]),
        propsExample('A set-header policy without its value, for one operation named as a string.', [
          {
            op: 'set',
            path: '/properties/policyTemplateInstances',
            value: [
              {
                templateId: 'setheader',
                title: 'Header',
                parameters: {
                  'x-ms-apimTemplateParameter.name': 'X-Version',
                  'x-ms-apimTemplate-operationName': 'ListTasks',
                },
              },
            ],
          },
        ]),
      ],
      valid: [
        propsExample('A dynamic host URL and a polling trigger.', [
          {
            op: 'set',
            path: '/properties/policyTemplateInstances',
            value: [
              regionHostPolicy(),
              {
                templateId: 'pollingtrigger',
                title: 'New tasks',
                parameters: {
                  'x-ms-apimTemplateParameter.triggerConfig': { since: '@triggerState()' },
                  'x-ms-apimTemplateParameter.triggerDataPath': '@body()',
                  'x-ms-apimTemplate-operationName': ['OnNewTask'],
                },
              },
            ],
          },
        ]),
      ],
    },
  },
});
