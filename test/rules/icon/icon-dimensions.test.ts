import { folderScenarios, documented } from '../../helpers/scenarios';

describe('ppc-icon-dimensions', () => {
  folderScenarios('ppc-icon-dimensions', [
    {
      name: 'A 256×256 icon.',
      files: documented('ppc-icon-dimensions', 'invalid', 0).files ?? {},
      expect: [{ path: [], line: 1, message: 'icon.png is 256×256 pixels (outside 100 to 230 pixels)' }],
    },
    {
      name: 'A wide icon.',
      files: documented('ppc-icon-dimensions', 'invalid', 1).files ?? {},
      expect: [{ path: [], line: 1, message: 'icon.png is 200×150 pixels (not square)' }],
    },
    { name: 'A 230×230 icon.', files: documented('ppc-icon-dimensions', 'valid', 0).files ?? {}, expect: [] },
    { name: 'the valid fixture', files: {}, expect: [] },
  ]);
});
