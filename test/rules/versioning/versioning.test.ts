import { lintRule, validSwagger } from '../../helpers/lint';
import { family } from '../../helpers/versioning';

const RULES = [
  'ppc-annotation-shape',
  'ppc-replacement-only-deprecated',
  'ppc-replacement-complete',
  'ppc-family-revision-required',
  'ppc-family-unique-revisions',
  'ppc-family-max-active',
  'ppc-revision-suffix',
  'ppc-deprecated-bool',
  'ppc-deprecated-label',
  'ppc-visibility-casing',
];

describe('versioning rules', () => {
  it('are silent on the valid fixture and on a clean operation family', async () => {
    for (const id of RULES) {
      expect({ id, results: await lintRule(id, validSwagger()) }).toEqual({ id, results: [] });
      expect({ id, results: await lintRule(id, family()) }).toEqual({ id, results: [] });
    }
  });
});
