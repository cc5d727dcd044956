/** Jest runs TypeScript through SWC (fast, no type check: `npm run typecheck` does that). */
const swc = {
  jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
  // Keep import() native so the embedded database (an ES module) loads in global setup.
  module: { type: 'commonjs', ignoreDynamic: true },
};

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', swc] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  setupFiles: ['<rootDir>/test/support/env.ts'],
  testTimeout: 30000,
  maxWorkers: 2,
};
