// `npm run test:reliability`: the server under load, outage, hostile requests and content, forged webhooks
// and a long run (issue #7). Longer than `npm test`; `.ci/run` runs it after.
import { fileURLToPath } from 'node:url'

import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { '~': fileURLToPath(new URL('./app', import.meta.url)) } },
  test: {
    include: ['tests/reliability/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    // One at a time: each file loads the machine on purpose.
    fileParallelism: false,
  },
})
