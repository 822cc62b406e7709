import { lintConnector } from '../../../src/lint';
import { VALID_DIR } from '../../helpers/lint';

describe('file-level rules', () => {
  it('the valid fixture has no findings at all', async () => {
    const { diagnostics } = await lintConnector(VALID_DIR);
    expect(diagnostics.map((d) => `${d.code}: ${d.message}`)).toEqual([]);
  });
});
