import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

describe('host, basePath and schemes rules', () => {
  it('ppc-basepath-valid needs a leading slash', async () => {
    const doc = validSwagger();
    doc.basePath = 'v1';
    const [finding] = await lintRule('ppc-basepath-valid', doc);
    expect(finding).toMatchObject({ code: 'ppc-basepath-valid', severity: SEVERITY.error, path: ['basePath'] });
    expect(lineOf(finding)).toBe(lineContaining(text(doc), '"basePath"'));
    expect(finding.message).toContain('basePath "v1" does not start with "/"');
    doc.basePath = 'https://api.contoso.com/v1';
    expect((await lintRule('ppc-basepath-valid', doc))[0].message).toContain('is a URL (put the host in "host")');
    doc.basePath = ['/v1'];
    expect((await lintRule('ppc-basepath-valid', doc))[0].message).toContain('is not a string');
    delete doc.basePath;
    expect(await lintRule('ppc-basepath-valid', doc)).toEqual([]);
  });
});

describe('ppc-basepath-valid scenarios', () => {
  ruleScenarios('ppc-basepath-valid', [
    {
      name: 'A base path without the leading slash.',
      edit: documentedEdit('ppc-basepath-valid', 'invalid'),
      expect: [
        {
          path: ['basePath'],
          line: { containing: '"basePath": "v1",' },
          message: 'basePath "v1" does not start with "/"',
        },
      ],
    },
    {
      name: 'The root base path.',
      edit: documentedEdit('ppc-basepath-valid', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
