import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { oddOperations } from '../../helpers/odd';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

describe('MIME type rules', () => {
  it('ppc-mime-valid reports malformed types at root and operation level', async () => {
    const doc = validSwagger();
    doc.produces = ['json'];
    doc.paths['/tasks'].post.consumes = ['application/json, text/plain', 7];
    const results = await lintRule('ppc-mime-valid', doc);
    expect(results).toHaveLength(3);
    const root = results.find((r) => r.path[0] === 'produces')!;
    expect(root).toMatchObject({ code: 'ppc-mime-valid', severity: SEVERITY.error, path: ['produces', '0'] });
    expect(lineOf(root)).toBe(lineContaining(text(doc), '"json"'));
    expect(root.message).toBe(
      'MIME type "json" is not of the form type/subtype; write MIME types as type/subtype, e.g. "application/json" (Microsoft rejects malformed MIME types).',
    );
    const messages = results.map((r) => r.message).join('\n');
    expect(messages).toContain('(list each MIME type as a separate item)');
    expect(messages).toContain('"consumes" item 7 is not a string');
    doc.produces = 'application/json';
    delete doc.paths['/tasks'].post.consumes;
    expect((await lintRule('ppc-mime-valid', doc))[0].message).toContain(
      '"produces" "application/json" is not an array',
    );
  });

  it('ppc-mime-valid accepts parameters, wildcards and vendor types', async () => {
    const doc = validSwagger();
    doc.produces = [
      'application/json; charset=utf-8',
      'application/json;odata.metadata=minimal',
      '*/*',
      'application/*+json',
      'application/vnd.sas.collection+json',
    ];
    expect(await lintRule('ppc-mime-valid', doc)).toEqual([]);
  });
});

describe('ppc-mime-valid scenarios', () => {
  ruleScenarios('ppc-mime-valid', [
    {
      name: 'A MIME type without a subtype.',
      edit: documentedEdit('ppc-mime-valid', 'invalid'),
      expect: [
        {
          path: ['produces', '0'],
          line: { containing: '"json"' },
          message: 'MIME type "json" is not of the form type/subtype',
        },
      ],
    },
    {
      name: 'Two MIME types in one item.',
      edit: documentedEdit('ppc-mime-valid', 'invalid', 1),
      expect: [
        {
          path: ['consumes', '0'],
          line: { containing: '"application/json, text/plain"' },
          message:
            'MIME type "application/json, text/plain" is not of the form type/subtype (list each MIME type as a separate item)',
        },
      ],
    },
    {
      name: 'A MIME type with a parameter.',
      edit: documentedEdit('ppc-mime-valid', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-mime-valid, further cases', () => {
  it('operation rules survive odd input', async () => {
    await expect(lintRule('ppc-mime-valid', oddOperations())).resolves.toBeDefined();
  });
});
