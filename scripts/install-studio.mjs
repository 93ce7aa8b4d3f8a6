// Root `postinstall`: installs the Studio's own dependencies (sanity-studio/ is a separate npm package, never a
// workspace of the app) when they are missing or older than its lockfile. Otherwise it returns at once.
import { spawnSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const STUDIO = fileURLToPath(new URL('../sanity-studio/', import.meta.url))
const LOCKFILE = path.join(STUDIO, 'package-lock.json')
// npm rewrites node_modules/.package-lock.json on every install: its age is the age of the install.
const INSTALLED = path.join(STUDIO, 'node_modules', '.package-lock.json')

function main() {
  if (process.env.WMB_STUDIO_INSTALLING) return // an install started by this script: never recurse
  if (!existsSync(path.join(STUDIO, 'package.json'))) {
    console.log('studio: no sanity-studio/package.json, nothing to install.')
    return
  }
  if (existsSync(INSTALLED) && statSync(INSTALLED).mtimeMs >= statSync(LOCKFILE).mtimeMs) {
    console.log('studio: dependencies are up to date.')
    return
  }
  console.log('studio: installing the Studio’s dependencies (npm ci in sanity-studio/)…')
  const [command, ...args] = [...npmCommand(), 'ci', '--no-audit', '--no-fund']
  const result = spawnSync(command, args, {
    cwd: STUDIO,
    stdio: 'inherit',
    env: childEnv(),
    shell: process.platform === 'win32' && command === 'npm',
  })
  if (result.status !== 0) {
    console.error('studio: `npm ci` in sanity-studio/ failed; run it there yourself to see why.')
    process.exit(result.status ?? 1)
  }
}

// Inside an npm lifecycle script npm_execpath is npm's own CLI: run that one, with this node.
function npmCommand() {
  const npmCli = process.env.npm_execpath
  return npmCli && /npm-cli\.c?js$/.test(npmCli) ? [process.execPath, npmCli] : ['npm']
}

// The parent install's settings (its prefix, its package, its lifecycle event) must not leak into the child's.
function childEnv() {
  const env = { ...process.env, WMB_STUDIO_INSTALLING: '1' }
  for (const key of Object.keys(env))
    if (/^npm_(package_|lifecycle_|config_(local_)?prefix$)/i.test(key) || key === 'INIT_CWD') delete env[key]
  return env
}

main()
