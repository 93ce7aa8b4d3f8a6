import { fileURLToPath } from 'node:url'

import { configDefaults, defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { '~': fileURLToPath(new URL('./app', import.meta.url)) } },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    // The reliability suite has its own run (npm run test:reliability, vitest.reliability.config.ts).
    exclude: [...configDefaults.exclude, 'tests/reliability/**'],
    // Type-level tests (expectTypeOf) do nothing at run time: vitest runs tsc over them, and a type error fails.
    typecheck: { enabled: true, include: ['tests/**/*.test-d.ts'] },
    environment: 'node',
    globalSetup: ['tests/global-setup.ts'],
    // Browser journeys start the built server and Chromium: give them room, run them apart.
    testTimeout: 20_000,
    hookTimeout: 120_000,
  },
})
