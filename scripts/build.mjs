// `npm run build`: the Remix build (build/index.js, public/build), then the Express server (build/server.js).
import { execFileSync } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'

import { build, stop } from 'esbuild'

import { computeStamp, STAMP_FILE } from './build-stamp.mjs'

const stamp = computeStamp()
rmSync('build', { recursive: true, force: true })
rmSync('public/build', { recursive: true, force: true })
// Always a production build, whoever calls (vitest sets NODE_ENV=test).
execFileSync('npx', ['remix', 'build'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } })
await build({
  entryPoints: ['server.ts'],
  outfile: 'build/server.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
})
// Ends esbuild's service process before Node exits: left to die with its parent, it once printed a Go
// "all goroutines are asleep" trace on a fresh clone's first `npm start` (seen 2026-12-04, not reproduced).
await stop()
writeFileSync(STAMP_FILE, `${stamp}\n`)
console.log('Built build/index.js, build/server.js and public/build.')
