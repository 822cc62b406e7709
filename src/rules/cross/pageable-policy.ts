import { propertiesFile } from '../api-properties/shared';
import { defineFolderRule, type FolderFinding } from '../../types';
import { isObject, quote } from '../../utils/guards';
import { connectorModel } from '../../model';
import { operationNames, policyInstances } from '../api-properties/policy-templates';

const PAGEABLE_SWAGGER = {
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
};

const WITH_POLICY = propertiesFile({
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
});

export default defineFolderRule('ppc-pageable-policy', {
  description:
    'Operations with `x-ms-pageable` have an `updatenextlink` policy, so the next-page link is routed through the connector.',
  severity: 'info',
  check(connector) {
    const doc = connector.swagger?.document?.data;
    if (!isObject(doc) || !connector.swagger) return [];
    const pageable = connectorModel(doc).operations.filter((op) => op.pageable);
    if (pageable.length === 0) return [];
    const policies = policyInstances(connector.apiProperties?.document?.data).filter(
      ({ instance }) =>
        typeof instance.templateId === 'string' && instance.templateId.toLowerCase() === 'updatenextlink',
    );
    const covered = (id: unknown) =>
      policies.some(({ instance }) => {
        const names = operationNames(instance);
        return names === undefined || names.includes(id);
      });
    const findings: FolderFinding[] = [];
    for (const { path, method, node: operation } of pageable) {
      if (covered(operation.operationId)) continue;
      const at = ['paths', path, method, 'x-ms-pageable'];
      const name =
        typeof operation.operationId === 'string' ? quote(operation.operationId) : `${method.toUpperCase()} ${path}`;
      findings.push({
        source: connector.swagger.file.path,
        path: at,
        range: connector.swagger.document?.getRangeForJsonPath(at, true),
        message: `Operation ${name} is pageable but no "updatenextlink" policy in apiProperties.json covers it; add one so next-page links that point at the service host are rewritten to go through the connector.`,
      });
    }
    return findings;
  },
  'x-ppc': {
    requirements: ['pageable-policy'],
    section: '5',
    sources: ['R-SCH-API x-ms-pageable'],
    specLevel: 'W',
    examples: {
      invalid: [
        {
          description: 'A pageable list without the policy.',
          files: { 'apiDefinition.swagger.json': PAGEABLE_SWAGGER },
        },
      ],
      valid: [
        {
          description: 'A pageable list with the policy.',
          files: { 'apiDefinition.swagger.json': PAGEABLE_SWAGGER, 'apiProperties.json': WITH_POLICY },
        },
      ],
    },
  },
});
