import { folderScenarios, documented } from '../../helpers/scenarios';

describe('ppc-icon-background', () => {
  folderScenarios('ppc-icon-background', [
    {
      name: 'A white background.',
      files: documented('ppc-icon-background', 'invalid', 0).files ?? {},
      expect: [{ path: [], line: 1, message: 'icon.png has a white background (#ffffff)' }],
    },
    {
      name: 'A transparent background.',
      files: documented('ppc-icon-background', 'invalid', 1).files ?? {},
      expect: [{ path: [], line: 1, message: 'icon.png has a transparent background' }],
    },
    {
      name: 'A brand-coloured background.',
      files: documented('ppc-icon-background', 'valid', 0).files ?? {},
      expect: [],
    },
    { name: 'the valid fixture', files: {}, expect: [] },
  ]);
});
