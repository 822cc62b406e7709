import { lintRule, validSwagger } from '../../helpers/lint';

describe('AI rules', () => {
  it.each(['ppc-ai-manifest-shape', 'ppc-ai-openai-data-shape', 'ppc-ai-extension-value-type'])(
    '%s is silent on the valid fixture',
    async (id) => {
      expect(await lintRule(id, validSwagger())).toEqual([]);
    },
  );
});
