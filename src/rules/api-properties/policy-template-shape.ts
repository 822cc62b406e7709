import { isObject, jsonValue, quote } from '../../utils/guards';
import { definePropertiesRule, type Problem, type PropertiesCheck, propsExample } from './shared';

const KEYS = ['templateId', 'title', 'type', 'parameters'];

const check: PropertiesCheck = (input, path) => {
  const where = `policyTemplateInstances[${String(path[path.length - 1])}]`;
  if (!isObject(input))
    return [{ message: `${where} is ${jsonValue(input)}; write { "templateId", "title", "parameters" }` }];
  const problems: Problem[] = [];
  if (typeof input.templateId !== 'string' || input.templateId.trim() === '') {
    problems.push({
      message: `${where} has ${input.templateId === undefined ? 'no templateId' : `the templateId ${jsonValue(input.templateId)}`}; name the policy template (for example "setheader")`,
      at: input.templateId === undefined ? [] : ['templateId'],
    });
  }
  if (Object.hasOwn(input, 'title') && typeof input.title !== 'string')
    problems.push({ message: `${where} has the title ${jsonValue(input.title)}; make it a string`, at: ['title'] });
  if (Object.hasOwn(input, 'parameters') && !isObject(input.parameters))
    problems.push({
      message: `${where} has parameters ${jsonValue(input.parameters)}; make it an object`,
      at: ['parameters'],
    });
  for (const key of Object.keys(input)) {
    if (!KEYS.includes(key))
      problems.push({
        message: `${where} has the unknown key ${quote(key)}; remove it (allowed: ${KEYS.join(', ')})`,
        at: [key],
      });
  }
  return problems;
};

export default definePropertiesRule('ppc-policy-template-shape', {
  description: 'Each policy template instance is `{ templateId, title, type?, parameters }` with a `templateId`.',
  severity: 'error',
  given: '$.properties.policyTemplateInstances[*]',
  check,
  'x-ppc': {
    requirements: ['policy-template-shape', 'policy-template-known'],
    section: '11',
    sources: ['R-SCH-PROP'],
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        propsExample('No templateId.', [
          {
            op: 'set',
            path: '/properties/policyTemplateInstances',
            value: [
              {
                title: 'Set host',
                parameters: { 'x-ms-apimTemplateParameter.urlTemplate': "https://@connectionParameters('host')" },
              },
            ],
          },
        ]),
      ],
      valid: [
        propsExample('A set-header policy.', [
          {
            op: 'set',
            path: '/properties/policyTemplateInstances',
            value: [
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
            ],
          },
        ]),
      ],
    },
  },
});
