import { folderScenarios, documentedFiles } from '../../helpers/scenarios';

describe('ppc-code-no-gateway', () => {
  folderScenarios('ppc-code-no-gateway', [
    {
      name: 'A script and the gateway capability.',
      files: documentedFiles('ppc-code-no-gateway', 'invalid'),
      expect: [{ path: [], line: 1, message: 'The connector has custom code and uses the on-premises data gateway' }],
    },
    {
      name: 'A script without the gateway.',
      files: documentedFiles('ppc-code-no-gateway', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', files: {}, expect: [] },
  ]);
});
