// Mutation testing of the Studio's schema and rules (run by the root's npm run test:mutation, see
// docs/mutation.md). In place, not in a sandbox: the rules import the site's pure modules from ../app/lib by
// relative path, which a sandbox copy of this folder would not have. Stryker puts the files back when it ends.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: ['schemaTypes/**/*.ts'],
  inPlace: true,
  coverageAnalysis: 'perTest',
  // Mutants in code that runs once, when a module loads, would need every test for each of them.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: '../reports/mutation/studio-incremental.json',
  // The development machine has 2 cores, shared.
  concurrency: 2,
  timeoutMS: 20_000,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: '../reports/mutation/studio.html' },
  jsonReporter: { fileName: '../reports/mutation/studio.json' },
  clearTextReporter: { reportMutants: false, reportTests: false, allowEmojis: false },
  thresholds: { high: 90, low: 80, break: null },
}
