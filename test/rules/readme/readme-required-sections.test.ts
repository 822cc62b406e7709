import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lintFolderRule, VALID_DIR } from '../../helpers/lint';
const validReadme = readFileSync(path.join(VALID_DIR, 'readme.md'), 'utf8');

describe('readme rules', () => {
  it('ppc-readme-required-sections: names each missing section; synonyms and case are accepted', async () => {
    const readme = validReadme.replace('## Obtaining Credentials', '## Notes').replace('## Known Issues and Limitations', '## Changelog');
    const results = await lintFolderRule('ppc-readme-required-sections', { 'readme.md': readme });
    expect(results.map((r) => r.message)).toEqual([expect.stringContaining('"## Obtaining Credentials"'), expect.stringContaining('"## Known Issues and Limitations"')]);
    const synonyms = validReadme.replace('## Prerequisites', '## PRE-REQUISITES').replace('## Obtaining Credentials', '### How to get credentials').replace('## Supported Operations', 'Supported Actions\n---');
    expect(await lintFolderRule('ppc-readme-required-sections', { 'readme.md': synonyms })).toEqual([]);
  });
});
