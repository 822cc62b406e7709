import { lintFolderRule } from '../../helpers/lint';

describe('formatting rules', () => {
  it('formatting rules survive empty and unparseable definitions', async () => {
    for (const content of ['', '{', '[1, 2]', 'null', '"text"']) {
      for (const id of ['ppc-format-indent-4-spaces', 'ppc-format-no-trailing-whitespace', 'ppc-format-key-order']) {
        await expect(lintFolderRule(id, { 'apiDefinition.swagger.json': content })).resolves.toBeDefined();
      }
    }
  });
});
