/** Builders for connector metadata extensions. */
import { validSwagger } from './lint';

/** The valid fixture with well-formed x-ms-api-annotation, x-ms-deployment-version, x-ms-docs and capabilities. */
export function wellFormedMetadata(): Record<string, any> {
  const doc = validSwagger();
  doc.info['x-ms-api-annotation'] = { status: 'Preview' };
  doc.info['x-ms-deployment-version'] = '1.0.0';
  doc['x-ms-docs'] = [{ url: 'https://docs.contoso.com', description: 'Reference' }];
  doc['x-ms-capabilities'] = {
    testConnection: { operationId: 'ListTasks', parameters: {} },
    'file-picker': { open: { operationId: 'ListTasks' }, 'value-path': 'id' },
  };
  return doc;
}
