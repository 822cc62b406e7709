import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);
const MANIFEST = {
  humanName: 'Contoso Tasks',
  modelDescription: 'Lists, creates and completes tasks in Contoso Tasks.',
  contactEmail: 'support@contoso.com',
  legalUrl: 'https://www.contoso.com/legal',
};

describe('AI rules', () => {
  it.each(['ppc-ai-manifest-shape', 'ppc-ai-openai-data-shape', 'ppc-ai-extension-value-type'])('%s is silent on the valid fixture', async (id) => {
    expect(await lintRule(id, validSwagger())).toEqual([]);
  });

  it('ppc-ai-manifest-shape reports missing keys, bad e-mail and URL, empty names and wrong types', async () => {
    const doc = validSwagger();
    doc['x-ms-openai-manifest'] = { ...MANIFEST, humanName: '', contactEmail: 'support', legalUrl: 'contoso.com/terms' };
    delete doc['x-ms-openai-manifest'].modelDescription;
    const results = await lintRule('ppc-ai-manifest-shape', doc);
    expect(results.every((r) => r.severity === SEVERITY.info)).toBe(true);
    expect(results.map((r) => r.message.split(';')[0])).toEqual([
      'x-ms-openai-manifest lacks "modelDescription"',
      'x-ms-openai-manifest has an empty "humanName"',
      'x-ms-openai-manifest has "contactEmail" = "support", not an e-mail address',
      'x-ms-openai-manifest has "legalUrl" = "contoso.com/terms", not an absolute http(s) URL',
    ]);
    const url = results[3]!;
    expect(url.path).toEqual(['x-ms-openai-manifest', 'legalUrl']);
    expect(lineOf(url)).toBe(lineContaining(text(doc), '"legalUrl"'));

    for (const odd of [[], null, 'manifest']) {
      doc['x-ms-openai-manifest'] = odd;
      const [finding, ...rest] = await lintRule('ppc-ai-manifest-shape', doc);
      expect(rest).toHaveLength(0);
      expect(finding!.message).toMatch(/^x-ms-openai-manifest is (an array|null|a string \(manifest\)), not an object/);
    }
    doc['x-ms-openai-manifest'] = MANIFEST;
    expect(await lintRule('ppc-ai-manifest-shape', doc)).toEqual([]);
  });

  it('ppc-ai-openai-data-shape checks the shape and that the operations exist', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get['x-ms-openai-data'] = {
      'openai-enabled': 'yes',
      operations: [{ operationId: 'listTasks' }, { operationId: 'Nope', 'x-ms-require-user-confirmation': 'no' }, { operationId: 'ListTasks' }, 'x'],
    };
    const results = await lintRule('ppc-ai-openai-data-shape', doc);
    expect(results.map((r) => r.message.split(';')[0])).toEqual([
      'x-ms-openai-data has "openai-enabled" as a string (yes), not a boolean (true or false)',
      'x-ms-openai-data names the operation "listTasks", which does not exist (did you mean "ListTasks"?)',
      'x-ms-openai-data names the operation "Nope", which does not exist',
      'x-ms-openai-data has "operations.1.x-ms-require-user-confirmation" as a string (no), not a boolean (true or false)',
      'x-ms-openai-data has "operations.3" as a string (x), not an object',
    ]);
    expect(results[1]!.path).toEqual(['paths', '/tasks', 'get', 'x-ms-openai-data', 'operations', '0', 'operationId']);

    for (const odd of [null, 'enabled', { 'openai-enabled': true, operations: 'ListTasks' }]) {
      doc.paths['/tasks'].get['x-ms-openai-data'] = odd;
      const found = await lintRule('ppc-ai-openai-data-shape', doc);
      expect(found).toHaveLength(1);
    }
    doc.paths['/tasks'].get['x-ms-openai-data'] = { 'openai-enabled': false };
    expect(await lintRule('ppc-ai-openai-data-shape', doc)).toEqual([]);
  });

  it('ppc-ai-extension-value-type reports non-string model hints and non-list keywords', async () => {
    const doc = validSwagger();
    doc.info['x-ms-keywords'] = ['tasks', 3];
    doc.paths['/tasks'].get['x-ms-name-for-model'] = null;
    doc.paths['/tasks'].get['x-ms-description-for-model'] = ['Lists tasks.'];
    const results = await lintRule('ppc-ai-extension-value-type', doc);
    expect(results.map((r) => r.message.split(';')[0])).toEqual([
      'x-ms-keywords has "1" as an integer (3), not a string',
      'x-ms-name-for-model is null, not a string',
      'x-ms-description-for-model is an array, not a string',
    ]);
    expect(results[0]!.path).toEqual(['info', 'x-ms-keywords', '1']);
  });
});
