import { folderScenarios, documented } from '../../helpers/scenarios';

describe('ppc-icon-png', () => {
  folderScenarios('ppc-icon-png', [
    {
      name: 'An SVG saved as icon.png.',
      files: { 'icon.png': '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="160"></svg>\n' },
      expect: [{ path: [], line: 1, message: 'icon.png is not a valid PNG: it is text (SVG or HTML)' }],
    },
    { name: 'A PNG icon.', files: documented('ppc-icon-png', 'valid', 0).files ?? {}, expect: [] },
    { name: 'the valid fixture', files: {}, expect: [] },
  ]);
});
