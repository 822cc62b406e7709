// Runs each step (an npm script name) in turn and prints how long each took and the total, also when one fails:
// `npm test` is `node scripts/timed.mjs build typecheck lint test:unit test:corpus`.
import { spawnSync } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** "7 min 3 s", "42.1 s". */
function duration(ms) {
  const s = ms / 1000;
  return s < 60 ? `${s.toFixed(1)} s` : `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}

const steps = process.argv.slice(2);
const times = [];
const started = performance.now();
let code = 0;
for (const step of steps) {
  const t0 = performance.now();
  const run = spawnSync(npm, ['run', step, '--silent'], { stdio: 'inherit', shell: process.platform === 'win32' });
  times.push(`${step} ${duration(performance.now() - t0)}`);
  code = run.status ?? 1;
  if (code !== 0) {
    times[times.length - 1] += ` (failed, exit ${code})`;
    break;
  }
}
process.stderr.write(`\nnpm test took ${duration(performance.now() - started)}: ${times.join(', ')}\n`);
process.exit(code);
