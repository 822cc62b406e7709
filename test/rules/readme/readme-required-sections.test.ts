import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lintFolderRule, VALID_DIR } from '../../helpers/lint';
import { folderScenarios, documentedFiles } from '../../helpers/scenarios';
const validReadme = readFileSync(path.join(VALID_DIR, 'readme.md'), 'utf8');

describe('readme rules', () => {
  it('ppc-readme-required-sections: names each missing section; synonyms and case are accepted', async () => {
    const readme = validReadme
      .replace('## Obtaining Credentials', '## Notes')
      .replace('## Known Issues and Limitations', '## Changelog');
    const results = await lintFolderRule('ppc-readme-required-sections', { 'readme.md': readme });
    expect(results.map((r) => r.message)).toEqual([
      expect.stringContaining('"## Obtaining Credentials"'),
      expect.stringContaining('"## Known Issues and Limitations"'),
    ]);
    const synonyms = validReadme
      .replace('## Prerequisites', '## PRE-REQUISITES')
      .replace('## Obtaining Credentials', '### How to get credentials')
      .replace('## Supported Operations', 'Supported Actions\n---');
    expect(await lintFolderRule('ppc-readme-required-sections', { 'readme.md': synonyms })).toEqual([]);
  });
});

describe('ppc-readme-required-sections scenarios', () => {
  folderScenarios('ppc-readme-required-sections', [
    {
      name: 'No credentials or known-issues sections.',
      files: documentedFiles('ppc-readme-required-sections', 'invalid'),
      expect: [
        { path: [], line: 1, message: 'readme.md has no "## Obtaining Credentials" section' },
        { path: [], line: 1, message: 'readme.md has no "## Known Issues and Limitations" section' },
      ],
    },
    {
      name: 'Synonyms in other cases.',
      files: documentedFiles('ppc-readme-required-sections', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', files: {}, expect: [] },
  ]);
});
