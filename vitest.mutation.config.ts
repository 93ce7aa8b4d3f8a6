// The tests Stryker runs against each mutant (stryker.config.mjs): the unit and integration tests only. The
// browser journeys (tests/e2e) and the build-stamp tests run the production build, not the mutated sources,
// and take minutes; the type-level tests (*.test-d.ts) do not run code at all.
import { configDefaults, defineConfig } from 'vitest/config'

import base from './vitest.config.ts'

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    exclude: [...configDefaults.exclude, 'tests/e2e/**', 'tests/scripts/**', 'tests/reliability/**'],
    globalSetup: [],
    typecheck: { enabled: false },
  },
})
