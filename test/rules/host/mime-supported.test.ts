import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { oddOperations } from '../../helpers/odd';

describe('MIME type rules', () => {
  it('ppc-mime-supported warns on request types outside the four supported ones', async () => {
    const doc = validSwagger();
    doc.consumes = ['application/json', 'text/json'];
    doc.paths['/tasks'].post.consumes = ['application/xml'];
    doc.produces = ['application/xml'];
    const results = await lintRule('ppc-mime-supported', doc);
    expect(results.map((r) => r.path)).toEqual(
      expect.arrayContaining([
        ['consumes', '1'],
        ['paths', '/tasks', 'post', 'consumes', '0'],
      ]),
    );
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({ severity: SEVERITY.warn });
    expect(results.map((r) => r.message).join()).toContain('consumes "text/json" is not a supported request MIME type');
    doc.consumes = [
      'text/plain; charset=utf-8',
      'multipart/form-data',
      'application/x-www-form-urlencoded',
      'not a mime',
    ];
    delete doc.paths['/tasks'].post.consumes;
    expect(await lintRule('ppc-mime-supported', doc)).toEqual([]);
  });
});

describe('ppc-mime-supported scenarios', () => {
  ruleScenarios('ppc-mime-supported', [
    {
      name: 'An XML request body.',
      edit: documentedEdit('ppc-mime-supported', 'invalid'),
      expect: [
        {
          path: ['consumes', '0'],
          line: { containing: '"application/xml"' },
          message: 'consumes "application/xml" is not a supported request MIME type',
        },
      ],
    },
    {
      name: 'JSON with a charset.',
      edit: documentedEdit('ppc-mime-supported', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-mime-supported, further cases', () => {
  it('operation rules survive odd input', async () => {
    await expect(lintRule('ppc-mime-supported', oddOperations())).resolves.toBeDefined();
  });
});
