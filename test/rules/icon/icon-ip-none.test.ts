import { solidPng } from '../../../src/rules/icon/png';
import { lintFolderRule } from '../../helpers/lint';
import { folderScenarios, documentedFiles } from '../../helpers/scenarios';

describe('icon rules', () => {
  it('ppc-icon-ip-none only in the independent-publisher profile', async () => {
    expect(
      await lintFolderRule('ppc-icon-ip-none', { 'icon.png': solidPng(160, [218, 59, 1]) }, 'independent-publisher'),
    ).toHaveLength(1);
    expect(await lintFolderRule('ppc-icon-ip-none', { 'icon.png': solidPng(160, [218, 59, 1]) }, 'certified')).toEqual(
      [],
    );
  });
});

describe('ppc-icon-ip-none scenarios', () => {
  folderScenarios('ppc-icon-ip-none', [
    {
      name: 'An icon in an independent-publisher folder.',
      files: documentedFiles('ppc-icon-ip-none', 'invalid'),
      expect: [{ path: [], line: 1, message: 'icon.png is in an independent-publisher connector' }],
      profile: 'independent-publisher',
    },
    {
      name: 'No icon.',
      files: documentedFiles('ppc-icon-ip-none', 'valid'),
      expect: [],
      profile: 'independent-publisher',
    },
    { name: 'the valid fixture', files: {}, expect: [], profile: 'independent-publisher' },
  ]);
});
