import { propertiesFile } from '../api-properties/shared';
import { findingAt } from '../files/connector-files';
import { defineFolderRule, type FolderFinding } from '../../types';
import { quote } from '../../utils/guards';
import { OPERATION_NAME, operationNames, policyInstances } from '../api-properties/policy-templates';
import { closest, operationIds } from './shared';

const PROPS = (names: string[]) =>
  propertiesFile({
    policyTemplateInstances: [
      {
        templateId: 'setheader',
        title: 'Version',
        parameters: {
          'x-ms-apimTemplateParameter.name': 'X-Version',
          'x-ms-apimTemplateParameter.value': '2',
          [OPERATION_NAME]: names,
        },
      },
    ],
  });

export default defineFolderRule('ppc-policy-template-operation-exists', {
  description: 'The operations a policy applies to (`x-ms-apimTemplate-operationName`) exist in the definition.',
  severity: 'error',
  check(connector) {
    const file = connector.apiProperties;
    const ids = operationIds(connector);
    if (!file || !ids) return [];
    const findings: FolderFinding[] = [];
    for (const { instance, index } of policyInstances(file.document?.data)) {
      const names = operationNames(instance);
      if (!names) continue;
      names.forEach((name, i) => {
        if (typeof name !== 'string' || ids.has(name)) return;
        const path = [
          'properties',
          'policyTemplateInstances',
          index,
          'parameters',
          OPERATION_NAME,
          ...(Array.isArray((instance.parameters as Record<string, unknown>)[OPERATION_NAME]) ? [i] : []),
        ];
        findings.push(
          findingAt(
            file,
            path,
            `Policy ${quote(instance.title ?? instance.templateId)} applies to the operation ${quote(name)}, which the definition does not have${closest(name, ids)}; fix the operationId (the policy silently never runs).`,
          ),
        );
      });
    }
    return findings;
  },
  'x-ppc': {
    requirements: ['policy-template-operation-exists'],
    section: '11',
    sources: ['R-SCH-PROP'],
    specLevel: 'E',
    examples: {
      invalid: [
        { description: 'A policy for a misspelt operation.', files: { 'apiProperties.json': PROPS(['Listtasks']) } },
      ],
      valid: [
        {
          description: 'A policy for existing operations.',
          files: { 'apiProperties.json': PROPS(['ListTasks', 'GetTask']) },
        },
      ],
    },
  },
});
