import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

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

  it('ppc-api-annotation-info checks status and keys', async () => {
    const doc = validSwagger();
    doc.info['x-ms-api-annotation'] = { status: 'production', family: 'Tasks' };
    const results = await lintRule('ppc-api-annotation-info', doc);
    expect(results).toHaveLength(2);
    const status = results.find((r) => r.path.includes('status'))!;
    expect(status).toMatchObject({ code: 'ppc-api-annotation-info', severity: SEVERITY.error, path: ['info', 'x-ms-api-annotation', 'status'] });
    expect(status.message).toBe(
      'info.x-ms-api-annotation status "production" is not "Preview" or "Production" (did you mean "Production"?); write { "status": "Preview" } or { "status": "Production" } (the repository schema allows nothing else).',
    );
    expect(lineOf(status)).toBe(lineContaining(text(doc), '"production"'));
    expect(results.find((r) => r.path.includes('family'))!.message).toContain('has the unknown key "family"');
    doc.info['x-ms-api-annotation'] = 'Production';
    expect((await lintRule('ppc-api-annotation-info', doc))[0]!.message).toContain('is "Production", not an object');
  });

  it('ppc-deployment-version needs a dotted version string', async () => {
    const doc = validSwagger();
    doc.info['x-ms-deployment-version'] = 'v1.0';
    const [finding] = await lintRule('ppc-deployment-version', doc);
    expect(finding).toMatchObject({ code: 'ppc-deployment-version', severity: SEVERITY.error, path: ['info', 'x-ms-deployment-version'] });
    expect(finding!.message).toContain('"v1.0" is not a dotted version number');
    for (const bad of ['1', 1.5, '1.0.']) {
      doc.info['x-ms-deployment-version'] = bad;
      expect({ bad, count: (await lintRule('ppc-deployment-version', doc)).length }).toEqual({ bad, count: 1 });
    }
  });

  it('ppc-x-ms-docs checks the array, its URLs and keys', async () => {
    const doc = validSwagger();
    doc['x-ms-docs'] = [{ url: '/docs', description: 1, title: 'x' }, 'https://docs.contoso.com', { description: 'No URL' }];
    const results = await lintRule('ppc-x-ms-docs', doc);
    const messages = results.map((r) => r.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('entry 0 url "/docs" is not an absolute URL'),
        expect.stringContaining('entry 0 description 1 is not a string'),
        expect.stringContaining('entry 0 has the unknown key "title"'),
        expect.stringContaining('entry 1 is "https://docs.contoso.com", not an object'),
        expect.stringContaining('entry 2 has no "url"'),
      ]),
    );
    expect(results).toHaveLength(5);
    expect(results[0]).toMatchObject({ code: 'ppc-x-ms-docs', severity: SEVERITY.error });
    doc['x-ms-docs'] = [];
    expect((await lintRule('ppc-x-ms-docs', doc))[0]!.message).toContain('is an empty array');
  });

  it('ppc-capabilities-root allows only the two root capabilities', async () => {
    const doc = validSwagger();
    doc['x-ms-capabilities'] = { chunkTransfer: true, testconnection: {}, testConnection: { parameters: {} }, 'file-picker': [] };
    const results = await lintRule('ppc-capabilities-root', doc);
    expect(results.map((r) => r.message)).toEqual([
      expect.stringContaining('has the unknown capability "chunkTransfer" (chunkTransfer belongs on an operation)'),
      expect.stringContaining('has the unknown capability "testconnection" (did you mean "testConnection"?)'),
      expect.stringContaining('testConnection has no operationId string'),
      expect.stringContaining('file-picker is [], not an object'),
    ]);
    expect(results[0]).toMatchObject({ code: 'ppc-capabilities-root', severity: SEVERITY.error, path: ['x-ms-capabilities', 'chunkTransfer'] });
    doc['x-ms-capabilities'] = { 'file-picker': { browse: {} } };
    expect((await lintRule('ppc-capabilities-root', doc))[0]!.message).toContain('file-picker has no "open" object');
    doc['x-ms-capabilities'] = null;
    expect((await lintRule('ppc-capabilities-root', doc))[0]!.message).toContain('is null, not an object');
  });
});
