// Runs before `npm start` and `npm test`: rebuilds when the sources changed since the last build
// (a fresh clone, a `git pull`, an edit), and does nothing when the build is current.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

import { computeStamp, readStamp } from './build-stamp.mjs'

const fresh = existsSync('build/index.js') && existsSync('build/server.js') && readStamp() === computeStamp()
if (!fresh) {
  console.log('The build is missing or older than the sources: building…')
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' })
}
