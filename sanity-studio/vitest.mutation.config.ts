// The tests Stryker runs against each mutant (stryker.config.mjs). Left out: the browser smoke test, which
// builds the Studio and drives Chromium, and the content-scripts tests, which spawn npm: both take minutes
// and neither exercises the schema's rules.
import { configDefaults, defineConfig } from 'vitest/config'

import base from './vitest.config'

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    exclude: [...configDefaults.exclude, 'tests/studio-smoke.test.ts', 'tests/content-scripts.test.ts'],
  },
})
