import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);
const MANIFEST = {
  humanName: 'Contoso Tasks',
  modelDescription: 'Lists, creates and completes tasks in Contoso Tasks.',
  contactEmail: 'support@contoso.com',
  legalUrl: 'https://www.contoso.com/legal',
};

describe('AI rules', () => {
  it('ppc-ai-manifest-shape reports missing keys, bad e-mail and URL, empty names and wrong types', async () => {
    const doc = validSwagger();
    doc['x-ms-openai-manifest'] = {
      ...MANIFEST,
      humanName: '',
      contactEmail: 'support',
      legalUrl: 'contoso.com/terms',
    };
    delete doc['x-ms-openai-manifest'].modelDescription;
    const results = await lintRule('ppc-ai-manifest-shape', doc);
    expect(results.every((r) => r.severity === SEVERITY.info)).toBe(true);
    expect(results.map((r) => r.message.split(';')[0])).toEqual([
      'x-ms-openai-manifest lacks "modelDescription"',
      'x-ms-openai-manifest has an empty "humanName"',
      'x-ms-openai-manifest has "contactEmail" = "support", not an e-mail address',
      'x-ms-openai-manifest has "legalUrl" = "contoso.com/terms", not an absolute http(s) URL',
    ]);
    const url = results[3];
    expect(url.path).toEqual(['x-ms-openai-manifest', 'legalUrl']);
    expect(lineOf(url)).toBe(lineContaining(text(doc), '"legalUrl"'));

    for (const odd of [[], null, 'manifest']) {
      doc['x-ms-openai-manifest'] = odd;
      const [finding, ...rest] = await lintRule('ppc-ai-manifest-shape', doc);
      expect(rest).toHaveLength(0);
      expect(finding.message).toMatch(/^x-ms-openai-manifest is (an array|null|a string \(manifest\)), not an object/);
    }
    doc['x-ms-openai-manifest'] = MANIFEST;
    expect(await lintRule('ppc-ai-manifest-shape', doc)).toEqual([]);
  });
});

describe('ppc-ai-manifest-shape scenarios', () => {
  ruleScenarios('ppc-ai-manifest-shape', [
    {
      name: 'A manifest without contact e-mail and legal URL.',
      edit: documentedEdit('ppc-ai-manifest-shape', 'invalid'),
      expect: [
        {
          path: ['x-ms-openai-manifest'],
          line: { containing: '"x-ms-openai-manifest": {' },
          message: 'x-ms-openai-manifest lacks "contactEmail"',
        },
        {
          path: ['x-ms-openai-manifest'],
          line: { containing: '"x-ms-openai-manifest": {' },
          message: 'x-ms-openai-manifest lacks "legalUrl"',
        },
      ],
    },
    {
      name: 'An empty array instead of an object.',
      edit: documentedEdit('ppc-ai-manifest-shape', 'invalid', 1),
      expect: [
        {
          path: ['x-ms-openai-manifest'],
          line: { containing: '"x-ms-openai-manifest": []' },
          message: 'x-ms-openai-manifest is an array, not an object',
        },
      ],
    },
    {
      name: 'A complete manifest.',
      edit: documentedEdit('ppc-ai-manifest-shape', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
