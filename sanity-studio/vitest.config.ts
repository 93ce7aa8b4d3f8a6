import { defineConfig } from 'vitest/config'

export default defineConfig({
  esbuild: { jsx: 'automatic' },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    // The Studio as configured for a project; the tests of the unconfigured Studio set their own environment.
    env: { DO_NOT_TRACK: '1', TZ: 'UTC', SANITY_STUDIO_PROJECT_ID: 'offline-tests' },
    // The script tests and the browser smoke test start processes; the smoke test builds the Studio first.
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
})
