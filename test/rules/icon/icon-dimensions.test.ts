import { solidPng } from '../../../src/rules/icon/png';
import { lintFolderRule } from '../../helpers/lint';
import { folderScenarios, documentedFiles } from '../../helpers/scenarios';

describe('ppc-icon-dimensions', () => {
  folderScenarios('ppc-icon-dimensions', [
    {
      name: 'A 256×256 icon.',
      files: documentedFiles('ppc-icon-dimensions', 'invalid'),
      expect: [{ path: [], line: 1, message: 'icon.png is 256×256 pixels (outside 100 to 230 pixels)' }],
    },
    {
      name: 'A wide icon.',
      files: documentedFiles('ppc-icon-dimensions', 'invalid', 1),
      expect: [{ path: [], line: 1, message: 'icon.png is 200×150 pixels (not square)' }],
    },
    { name: 'A 230×230 icon.', files: documentedFiles('ppc-icon-dimensions', 'valid'), expect: [] },
    { name: 'the valid fixture', files: {}, expect: [] },
  ]);
});

describe('ppc-icon-dimensions', () => {
  it('gives the size of a 64×64 icon', async () => {
    const [dim] = await lintFolderRule('ppc-icon-dimensions', { 'icon.png': solidPng(64, [15, 108, 189]) });
    expect(dim.message).toContain('64×64');
  });
  it('is silent on a 160×160 PNG with a brand-colour background', async () => {
    const good = { 'icon.png': solidPng(160, [15, 108, 189], { inner: [255, 255, 255] }) };
    expect(await lintFolderRule('ppc-icon-dimensions', good)).toEqual([]);
  });
});
