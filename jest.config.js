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
  // One worker per core. The action's end-to-end steps now run mostly in-process, so the suites are CPU-bound:
  // a third worker on 2 cores only adds contention (a fresh clone with a cold transform cache took 59.7 s with
  // 3 workers, 50.6 s with 2).
  maxWorkers: 2,
  globalSetup: '<rootDir>/__tests__/setup/corpus-notice.ts',
  setupFilesAfterEnv: ['<rootDir>/__tests__/setup/has-assertions.ts'],
};
