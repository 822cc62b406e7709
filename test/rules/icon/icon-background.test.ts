import { solidPng } from '../../../src/rules/icon/png';
import { lintFolderRule } from '../../helpers/lint';
import { folderScenarios, documentedFiles } from '../../helpers/scenarios';

describe('ppc-icon-background', () => {
  folderScenarios('ppc-icon-background', [
    {
      name: 'A white background.',
      files: documentedFiles('ppc-icon-background', 'invalid'),
      expect: [{ path: [], line: 1, message: 'icon.png has a white background (#ffffff)' }],
    },
    {
      name: 'A transparent background.',
      files: documentedFiles('ppc-icon-background', 'invalid', 1),
      expect: [{ path: [], line: 1, message: 'icon.png has a transparent background' }],
    },
    {
      name: 'A brand-coloured background.',
      files: documentedFiles('ppc-icon-background', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', files: {}, expect: [] },
  ]);
});

describe('ppc-icon-background', () => {
  it('names a background colour other than the brand colour', async () => {
    const [bg] = await lintFolderRule('ppc-icon-background', {
      'icon.png': solidPng(160, [0, 126, 229], { inner: [255, 255, 255] }),
    });
    expect(bg.message).toContain('#007ee5');
  });
  it('is silent on a 160×160 PNG with a brand-colour background', async () => {
    const good = { 'icon.png': solidPng(160, [15, 108, 189], { inner: [255, 255, 255] }) };
    expect(await lintFolderRule('ppc-icon-background', good)).toEqual([]);
  });
});
