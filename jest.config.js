/** Jest runs the TypeScript sources as native ES modules; @swc/jest strips types only. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript' },
          target: 'es2022',
          // Keep `with { type: 'json' }` on JSON imports, as Node and esbuild read them.
          experimental: { keepImportAttributes: true },
        },
        module: { type: 'es6' },
      },
    ],
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  // Fixtures are inputs (some real k6 scripts are named *.test.ts), never tests.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/__tests__/fixtures/'],
  testTimeout: 60000,
  // Jest's default on a 2-core machine is one worker; the action's end-to-end suites mostly wait (the GitHub
  // client spaces its writes as GitHub asks), so a third worker overlaps that waiting with CPU-bound suites:
  // the suite runs in about half the wall time.
  maxWorkers: 3,
  globalSetup: '<rootDir>/__tests__/setup/corpus-notice.ts',
  setupFilesAfterEnv: ['<rootDir>/__tests__/setup/has-assertions.ts'],
};
