import { solidPng } from '../../../src/rules/icon/png';
import { lintFolderRule } from '../../helpers/lint';
import { folderScenarios, documentedFiles } from '../../helpers/scenarios';

describe('ppc-icon-png', () => {
  folderScenarios('ppc-icon-png', [
    {
      name: 'An SVG saved as icon.png.',
      files: documentedFiles('ppc-icon-png', 'invalid'),
      expect: [{ path: [], line: 1, message: 'icon.png is not a valid PNG: it is text (SVG or HTML)' }],
    },
    { name: 'A PNG icon.', files: documentedFiles('ppc-icon-png', 'valid'), expect: [] },
    { name: 'the valid fixture', files: {}, expect: [] },
  ]);
});

describe('ppc-icon-png', () => {
  it('recognises a JPEG and a truncated PNG', async () => {
    const [png] = await lintFolderRule('ppc-icon-png', {
      'icon.png': {
        base64: Buffer.from([0xff, 0xd8, 0xff, 0xe0, ...new Array<number>(40).fill(0)]).toString('base64'),
      },
    });
    expect(png.message).toContain('JPEG');
    expect(
      await lintFolderRule('ppc-icon-png', { 'icon.png': { base64: solidPng(160, [1, 2, 3]).base64.slice(0, 80) } }),
    ).toHaveLength(1);
  });
  it('is silent on a 160×160 PNG with a brand-colour background', async () => {
    const good = { 'icon.png': solidPng(160, [15, 108, 189], { inner: [255, 255, 255] }) };
    expect(await lintFolderRule('ppc-icon-png', good)).toEqual([]);
  });
});
