// Browser and server tests run the production build: make sure it is the build of these sources.
import { execFileSync } from 'node:child_process'

export default function setup() {
  execFileSync(process.execPath, ['scripts/ensure-build.mjs'], { stdio: 'inherit' })
}
