// Gives one jest run a temporary folder of its own (TMPDIR, inherited by test workers and the CLIs they start) and
// removes it at the end, so folders a test makes and does not remove are not left in the system's temporary folder.
const { chmodSync, mkdtempSync, rmSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const NAMES = ['TMPDIR', 'TMP', 'TEMP'];

module.exports.setup = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ppc-jest-'));
  // As the system's temporary folder is: tests that run the CLI as another user (runuser -u nobody) work in it.
  chmodSync(dir, 0o1777);
  globalThis.__ppcOuterTmp = { dir, env: Object.fromEntries(NAMES.map((name) => [name, process.env[name]])) };
  for (const name of NAMES) process.env[name] = dir;
};

module.exports.teardown = () => {
  const saved = globalThis.__ppcOuterTmp;
  if (!saved) return;
  rmSync(saved.dir, { recursive: true, force: true, maxRetries: 3 });
  for (const name of NAMES) {
    if (saved.env[name] === undefined) delete process.env[name];
    else process.env[name] = saved.env[name];
  }
};
