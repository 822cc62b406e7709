// Two builds of the package compared in one process: each lints the same corpus connectors, the two taking turns
// connector by connector (which one goes first alternates), and the totals and their ratio are printed. On a shared
// machine whose speed changes from minute to minute, separate whole-corpus runs differ by more than most changes
// do; taking turns in one process, both builds see the same machine.
//
//   node bench/compare-builds.mjs <checkout A> <checkout B> [--every N] [--limit N] [--passes N]
//
// A checkout is a folder holding a built `dist/` (`git worktree add /tmp/a <ref> && cd /tmp/a && npm run build`,
// with `node_modules` linked). --every N takes every Nth connector (default 3), --limit at most N of them, --passes
// how many times each is linted by each build after a warm-up (default 2).
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, '../shared/corpus');
const args = process.argv.slice(2);
const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--')));
const option = (name, fallback) => {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(args[at + 1]);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`compare-builds: ${name} needs a whole number of at least 1`);
    process.exit(2);
  }
  return value;
};
const every = option('--every', 3);
const limit = option('--limit', Infinity);
const passes = option('--passes', 2);

if (positional.length !== 2) {
  console.error('usage: node bench/compare-builds.mjs <checkout A> <checkout B> [--every N] [--limit N] [--passes N]');
  process.exit(2);
}
const builds = positional.map((folder) => resolve(folder, 'dist/api.js'));
for (const file of builds) {
  if (!existsSync(file)) {
    console.error(`compare-builds: ${file} is missing; build that checkout first (npm run build)`);
    process.exit(2);
  }
}
if (!existsSync(corpus)) {
  console.error('compare-builds: ../shared/corpus is missing');
  process.exit(3);
}

const require = createRequire(import.meta.url);
const [a, b] = builds.map((file) => require(file));
const dirs = [];
for (const kind of ['certified-connectors', 'independent-publisher-connectors'])
  for (const d of readdirSync(join(corpus, kind)).sort()) dirs.push(join(corpus, kind, d));
const sample = dirs.filter((_, i) => i % every === 0).slice(0, limit);

const lint = async (api, dir) => {
  const started = performance.now();
  await api.lintConnector(dir, { profile: 'certified' });
  return performance.now() - started;
};
// Warm-up: both builds compile their rules and V8 optimises the hot code before anything is counted.
for (const dir of sample.slice(0, 20)) {
  await lint(a, dir);
  await lint(b, dir);
}
let timeA = 0;
let timeB = 0;
for (let pass = 0; pass < passes; pass++) {
  for (const [i, dir] of sample.entries()) {
    if ((i + pass) % 2 === 0) {
      timeA += await lint(a, dir);
      timeB += await lint(b, dir);
    } else {
      timeB += await lint(b, dir);
      timeA += await lint(a, dir);
    }
  }
}
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
console.log(`${sample.length} connectors, each linted ${passes} time${passes === 1 ? '' : 's'} by each build`);
console.log(`A ${positional[0]}: ${seconds(timeA)}`);
console.log(`B ${positional[1]}: ${seconds(timeB)}`);
console.log(`B/A ${(timeB / timeA).toFixed(3)}`);
