/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  globals: { PACKAGE_VERSION: '0.0.0-test' },
  testTimeout: 30000,
  // Per-rule files run through their area's file (test/rules/<area>.test.ts): one package load per area, not per rule.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/rules/[^/]+/[^/]+\\.test\\.ts$'],
  // Two cores: the corpus, diff-pair and whole-tree tests run beside the unit tests.
  maxWorkers: 2,
};
