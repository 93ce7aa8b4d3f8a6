// `sanity build` into a cache folder, redone only when what the bundle is made of changed (a fresh clone, an
// edit, another lockfile): the build takes one to two minutes on CI's machine.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const STUDIO_DIR = fileURLToPath(new URL('../..', import.meta.url))
export const BUILD_DIR = path.join(STUDIO_DIR, 'node_modules/.cache/studio-smoke-build')
const STAMP = path.join(BUILD_DIR, '.stamp')
/** The project id the smoke build is made for: any valid id does, the test answers for the Sanity API. */
export const SMOKE_PROJECT_ID = 'smoketest'
const SANITY_BIN = path.join(path.dirname(createRequire(import.meta.url).resolve('sanity/package.json')), 'bin/sanity')

const INPUTS = [
  STUDIO_DIR,
  path.resolve(STUDIO_DIR, '../app/lib/citations'),
  path.resolve(STUDIO_DIR, '../app/lib/portable-text/safe-href.ts'),
  path.resolve(STUDIO_DIR, '../app/lib/redirects.ts'),
]
// Not part of the bundle.
const SKIP = new Set([
  'node_modules',
  'dist',
  '.sanity',
  'tests',
  'scripts',
  'schema.json',
  'README.md',
  'vitest.config.ts',
  '.gitignore',
  '.env.example',
])

function* files(entry: string): Generator<string> {
  if (SKIP.has(path.basename(entry)) && entry !== STUDIO_DIR) return
  if (statSync(entry).isDirectory()) for (const name of readdirSync(entry).sort()) yield* files(path.join(entry, name))
  else yield entry
}

function stamp(): string {
  const hash = createHash('sha256')
  for (const input of INPUTS)
    for (const file of files(input)) hash.update(`${file}\0`).update(readFileSync(file)).update('\0')
  return hash.digest('hex')
}

export function buildStudio(): { dir: string; seconds: number; cached: boolean } {
  const current = stamp()
  if (existsSync(path.join(BUILD_DIR, 'index.html')) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === current)
    return { dir: BUILD_DIR, seconds: 0, cached: true }
  rmSync(BUILD_DIR, { recursive: true, force: true })
  const started = Date.now()
  const build = spawnSync(process.execPath, [SANITY_BIN, 'build', BUILD_DIR, '--yes'], {
    cwd: STUDIO_DIR,
    encoding: 'utf8',
    env: {
      ...process.env,
      // vitest sets NODE_ENV=test, which would bundle React's development build: build what ships.
      NODE_ENV: 'production',
      DO_NOT_TRACK: '1',
      SANITY_STUDIO_PROJECT_ID: SMOKE_PROJECT_ID,
      SANITY_STUDIO_DATASET: 'production',
    },
  })
  if (build.status !== 0)
    throw new Error(`sanity build failed (exit ${build.status}):\n${build.stdout}\n${build.stderr}`)
  writeFileSync(STAMP, current)
  return { dir: BUILD_DIR, seconds: Math.round((Date.now() - started) / 1000), cached: false }
}
