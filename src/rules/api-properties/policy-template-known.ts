import { isObject, quote } from '../../utils/guards';
import { OTHER_TEMPLATE_IDS, POLICY_TEMPLATES, templateOf } from './policy-templates';
import { definePropertiesRule, type PropertiesCheck, propsExample } from './shared';

const check: PropertiesCheck = (input) => {
  if (!isObject(input) || typeof input.templateId !== 'string' || input.templateId.trim() === '') return [];
  const id = input.templateId;
  if (templateOf(id) || OTHER_TEMPLATE_IDS.includes(id.toLowerCase())) return [];
  return [
    {
      message: `Policy templateId ${quote(id)} is not a known policy template; use one of ${POLICY_TEMPLATES.map((t) => t.id).join(', ')}`,
      at: ['templateId'],
    },
  ];
};

export default definePropertiesRule('ppc-policy-template-known', {
  description:
    'Each policy `templateId` names a known policy template (dynamichosturl, setheader, routerequesttoendpoint, pollingtrigger, …).',
  severity: 'warn',
  given: '$.properties.policyTemplateInstances[*]',
  check,
  'x-ppc': {
    requirements: ['policy-template-known'],
    section: '11',
    sources: ['R-SCH-PROP', 'CORPUS'],
    specLevel: 'W',
    examples: {
      invalid: [
        propsExample('A made-up template.', [
          {
            op: 'set',
            path: '/properties/policyTemplateInstances',
            value: [{ templateId: 'addheader', title: 'Header', parameters: {} }],
          },
        ]),
      ],
      valid: [
        propsExample('A route policy, in another case.', [
          {
            op: 'set',
            path: '/properties/policyTemplateInstances',
            value: [
              {
                templateId: 'RouteRequestToEndpoint',
                title: 'Route',
                parameters: { 'x-ms-apimTemplateParameter.newPath': '/v2/items' },
              },
            ],
          },
        ]),
      ],
    },
  },
});
