import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { wellFormedMetadata } from '../../helpers/metadata';

describe('root-level x-ms extension rules', () => {
  it('ppc-x-ms-docs checks the array, its URLs and keys', async () => {
    const doc = validSwagger();
    doc['x-ms-docs'] = [
      { url: '/docs', description: 1, title: 'x' },
      'https://docs.contoso.com',
      { description: 'No URL' },
    ];
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
    expect((await lintRule('ppc-x-ms-docs', doc))[0].message).toContain('is an empty array');
  });
});

describe('ppc-x-ms-docs scenarios', () => {
  ruleScenarios('ppc-x-ms-docs', [
    {
      name: 'A relative URL.',
      edit: documentedEdit('ppc-x-ms-docs', 'invalid'),
      expect: [
        {
          path: ['x-ms-docs', '0', 'url'],
          line: { containing: '"url": "/docs/tasks",' },
          message: 'x-ms-docs entry 0 url "/docs/tasks" is not an absolute URL (it lacks "https://")',
        },
      ],
    },
    {
      name: 'An object instead of an array.',
      edit: documentedEdit('ppc-x-ms-docs', 'invalid', 1),
      expect: [
        {
          path: ['x-ms-docs'],
          line: { containing: '"x-ms-docs": {' },
          message: 'x-ms-docs is {"url":"https://docs.contoso.com"}, not an array',
        },
      ],
    },
    {
      name: 'One documentation link.',
      edit: documentedEdit('ppc-x-ms-docs', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-x-ms-docs, further cases', () => {
  it('all are silent on the valid fixture and on well-formed values', async () => {
    const doc = wellFormedMetadata();
    expect(await lintRule('ppc-x-ms-docs', validSwagger())).toEqual([]);
    expect(await lintRule('ppc-x-ms-docs', doc)).toEqual([]);
  });
});
