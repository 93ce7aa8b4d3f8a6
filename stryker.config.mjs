// Mutation testing of the app (npm run test:mutation, see docs/mutation.md). The Studio has its own run:
// sanity-studio/stryker.config.mjs.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: [
    'app/lib/**/*.{ts,tsx}',
    'app/components/**/*.tsx',
    'app/routes/**/*.tsx',
    '!app/lib/content/sanity.types.ts',
    '!**/*.d.ts',
  ],
  coverageAnalysis: 'perTest',
  // Mutants in code that runs once, when a module loads, would need every test for each of them.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'reports/mutation/app-incremental.json',
  // The development machine has 2 cores, shared.
  concurrency: 2,
  timeoutMS: 10_000,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/app.html' },
  jsonReporter: { fileName: 'reports/mutation/app.json' },
  clearTextReporter: { reportMutants: false, reportTests: false, allowEmojis: false },
  thresholds: { high: 90, low: 80, break: null },
}
