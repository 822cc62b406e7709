/**
 * The whole-corpus sweep (test/corpus/corpus.test.ts) alone, after the other suites (`npm test`, `npm run
 * test:corpus`): its one `ppc-lint` run lints in two processes, so it gets the machine to itself.
 * @type {import('jest').Config}
 */
const base = require('./jest.config');

module.exports = {
  ...base,
  testPathIgnorePatterns: ['/node_modules/'],
  testMatch: ['<rootDir>/test/corpus/corpus.test.ts'],
  maxWorkers: 1,
};
