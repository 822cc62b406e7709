import { solidPng } from '../../../src/rules/icon/png';
import { lintFolderRule } from '../../helpers/lint';
import { folderScenarios, documentedFiles } from '../../helpers/scenarios';

describe('icon rules', () => {
  it("ppc-brand-color-matches-icon points at iconBrandColor with the icon's colour", async () => {
    const [r] = await lintFolderRule('ppc-brand-color-matches-icon', { 'icon.png': solidPng(160, [218, 59, 1]) });
    expect(r.message).toContain('"#da3b01"');
    expect(r.path).toEqual(['properties', 'iconBrandColor']);
  });
});

describe('ppc-brand-color-matches-icon scenarios', () => {
  folderScenarios('ppc-brand-color-matches-icon', [
    {
      name: 'A red icon with a blue brand colour.',
      files: documentedFiles('ppc-brand-color-matches-icon', 'invalid'),
      expect: [
        {
          path: ['properties', 'iconBrandColor'],
          line: 18,
          message: 'iconBrandColor is "#0f6cbd" but the icon\'s background is #c81e28',
        },
      ],
    },
    {
      name: 'An icon on #0f6cbd.',
      files: documentedFiles('ppc-brand-color-matches-icon', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', files: {}, expect: [] },
  ]);
});

describe('ppc-brand-color-matches-icon', () => {
  it('is silent on a 160×160 PNG with a brand-colour background', async () => {
    const good = { 'icon.png': solidPng(160, [15, 108, 189], { inner: [255, 255, 255] }) };
    expect(await lintFolderRule('ppc-brand-color-matches-icon', good)).toEqual([]);
  });
});
