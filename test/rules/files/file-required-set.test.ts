import { lintFolderRule, SEVERITY } from '../../helpers/lint';
import { folderScenarios, documentedFiles } from '../../helpers/scenarios';

describe('folder structure rules', () => {
  it('ppc-file-required-set reports each missing file at the folder', async () => {
    const results = await lintFolderRule('ppc-file-required-set', { 'readme.md': null, 'apiProperties.json': null });
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({ code: 'ppc-file-required-set', severity: SEVERITY.error });
    expect(results[0].source).toMatch(/ppc-fixture-[^/]+$/);
    expect(results.map((r) => r.message)).toEqual([
      expect.stringMatching(
        /^The connector folder has no apiProperties\.json \(the connection and policy properties\); add it/,
      ),
      expect.stringContaining('has no readme.md'),
    ]);
  });

  it('ppc-file-required-set accepts any readme case and hints at a misnamed one', async () => {
    expect(
      await lintFolderRule('ppc-file-required-set', { 'readme.md': null, 'Readme.md': '# Contoso Tasks\n' }),
    ).toEqual([]);
    const [finding] = await lintFolderRule('ppc-file-required-set', {
      'readme.md': null,
      'Readme.md.txt': '# Contoso Tasks\n',
    });
    expect(finding.message).toContain('(found "Readme.md.txt"; rename it to readme.md)');
  });
});

describe('ppc-file-required-set scenarios', () => {
  folderScenarios('ppc-file-required-set', [
    {
      name: 'No readme.',
      files: documentedFiles('ppc-file-required-set', 'invalid'),
      expect: [{ path: [], line: 1, message: 'The connector folder has no readme.md (the documentation page)' }],
    },
    {
      name: 'No apiProperties.json.',
      files: documentedFiles('ppc-file-required-set', 'invalid', 1),
      expect: [
        {
          path: [],
          line: 1,
          message: 'The connector folder has no apiProperties.json (the connection and policy properties)',
        },
      ],
    },
    {
      name: 'The three files, with the readme in another case.',
      files: documentedFiles('ppc-file-required-set', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', files: {}, expect: [] },
  ]);
});
