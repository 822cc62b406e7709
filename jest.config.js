/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  globals: { PACKAGE_VERSION: '0.0.0-test' },
  testTimeout: 30000,
  // A temporary folder per run, removed at its end (test/setup/private-tmp.js).
  globalSetup: '<rootDir>/test/setup/global-setup.js',
  globalTeardown: '<rootDir>/test/setup/global-teardown.js',
  testPathIgnorePatterns: [
    '/node_modules/',
    // Per-rule files run through their area's file (test/rules/<area>.test.ts): one package load per area, not per rule.
    '<rootDir>/test/rules/[^/]+/[^/]+\\.test\\.ts$',
    // The whole-corpus sweep runs on its own afterwards (jest.corpus.config.js): its CLI run uses both cores.
    '<rootDir>/test/corpus/corpus\\.test\\.ts$',
  ],
  // Two cores: the diff-pair and whole-tree tests run beside the unit tests.
  maxWorkers: 2,
};
