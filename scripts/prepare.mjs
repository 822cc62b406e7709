// Builds dist/ when it is missing, so that installing the package from git (pre-commit's `language: node` hooks,
// `npm install github:...`) gets a working ppc-lint. A checkout that already has dist/ is left alone.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(root, 'dist/cli.js')) && existsSync(join(root, 'tsup.config.ts'))) {
  const r = spawnSync('npm', ['run', 'build', '--silent'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  process.exit(r.status ?? 1);
}
