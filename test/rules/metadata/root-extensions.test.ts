import { lintRule, validSwagger } from '../../helpers/lint';

describe('root-level x-ms extension rules', () => {
  it('all are silent on the valid fixture and on well-formed values', async () => {
    const doc = validSwagger();
    doc.info['x-ms-api-annotation'] = { status: 'Preview' };
    doc.info['x-ms-deployment-version'] = '1.0.0';
    doc['x-ms-docs'] = [{ url: 'https://docs.contoso.com', description: 'Reference' }];
    doc['x-ms-capabilities'] = { testConnection: { operationId: 'ListTasks', parameters: {} }, 'file-picker': { open: { operationId: 'ListTasks' }, 'value-path': 'id' } };
    for (const id of ['ppc-api-annotation-info', 'ppc-deployment-version', 'ppc-x-ms-docs', 'ppc-capabilities-root']) {
      expect({ id, results: await lintRule(id, validSwagger()) }).toEqual({ id, results: [] });
      expect({ id, results: await lintRule(id, doc) }).toEqual({ id, results: [] });
    }
    doc['x-ms-capabilities'] = {};
    expect(await lintRule('ppc-capabilities-root', doc)).toEqual([]);
  });
});
