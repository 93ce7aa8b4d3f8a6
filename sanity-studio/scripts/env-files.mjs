// The Studio's settings come from the shell, else sanity-studio/.env, else the project's root .env (the one
// the site reads too). Loaded by sanity.cli.ts, so `sanity dev`, `build` and `deploy` see them, and by the
// content scripts. A variable already set is never replaced.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const ENV_FILES = [new URL('../.env', import.meta.url), new URL('../../.env', import.meta.url)].map(url =>
  fileURLToPath(url),
)

export function loadEnvFiles() {
  for (const file of ENV_FILES) if (existsSync(file)) process.loadEnvFile(file)
}
