// Shared by the content and typegen scripts: where things are, which project to talk to, and how to run the
// Sanity CLI of this package.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const STUDIO_DIR = fileURLToPath(new URL('..', import.meta.url))
export const CONTENT_DIR = path.resolve(STUDIO_DIR, '../content')
export const DATASET_FILE = path.join(CONTENT_DIR, 'production.ndjson')

const SANITY_BIN = path.join(path.dirname(createRequire(import.meta.url).resolve('sanity/package.json')), 'bin/sanity')

import { loadEnvFiles } from './env-files.mjs'

/** The project to import into or export from, or the message that says what to set. */
export function resolveProject(env, command) {
  const projectId = env.SANITY_STUDIO_PROJECT_ID?.trim()
  const dataset = env.SANITY_STUDIO_DATASET?.trim() || 'production'
  if (projectId) return { projectId, dataset }
  return {
    error: [
      `npm run ${command} needs to know which Sanity project to use, and SANITY_STUDIO_PROJECT_ID is not set.`,
      '',
      'Set it in the .env file at the root of the project (copy .env.example to .env to start):',
      '  SANITY_STUDIO_PROJECT_ID=<your project id>   (on https://www.sanity.io/manage)',
      '  SANITY_STUDIO_DATASET=production              (optional; production is the default)',
      `or in the shell: SANITY_STUDIO_PROJECT_ID=<your project id> npm run ${command}`,
      '',
      'Sign in once with `npx sanity login` (in sanity-studio/), or set SANITY_AUTH_TOKEN to a token of the project.',
    ].join('\n'),
  }
}

/** For a script's entry point: the .env files loaded, the project to use, or exit 1 saying what to set. */
export function requireProject(command) {
  loadEnvFiles()
  const project = resolveProject(process.env, command)
  if (!project.error) return project
  console.error(project.error)
  process.exit(1)
}

export function runSanity(args) {
  const result = spawnSync(process.execPath, [SANITY_BIN, ...args], { cwd: STUDIO_DIR, stdio: 'inherit' })
  if (result.error) throw result.error
  return result.status ?? 1
}

export function isMain(importMetaUrl) {
  return process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(importMetaUrl)
}
