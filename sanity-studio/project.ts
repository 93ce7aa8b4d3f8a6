// Which Sanity project the Studio edits: SANITY_STUDIO_PROJECT_ID and SANITY_STUDIO_DATASET, from the shell or
// a .env file (scripts/env-files.mjs). Without a project id the Studio still builds, under a placeholder id,
// signs nobody in and says what to set (not-connected.tsx, decision 003).
export const PLACEHOLDER_PROJECT_ID = 'not-configured'
export const DEFAULT_DATASET = 'production'

export const MISSING_PROJECT_ID_MESSAGE =
  'This Studio is not connected to a Sanity project yet. Put SANITY_STUDIO_PROJECT_ID=<your project id> ' +
  '(find it at https://www.sanity.io/manage) in the .env file at the root of the project, then restart or ' +
  'rebuild the Studio. sanity-studio/README.md walks through every step.'

export interface ProjectSettings {
  projectId: string
  dataset: string
  configured: boolean
}

type Env = Record<string, string | undefined>

export function readProjectSettings(env: Env = studioEnv()): ProjectSettings {
  const projectId = env.SANITY_STUDIO_PROJECT_ID?.trim()
  const dataset = env.SANITY_STUDIO_DATASET?.trim() || DEFAULT_DATASET
  if (!projectId) return { projectId: PLACEHOLDER_PROJECT_ID, dataset, configured: false }
  return { projectId, dataset, configured: true }
}

// The bundle gets the variables from Vite (import.meta.env); the CLI and the tests run in Node (process.env).
export function studioEnv(): Env {
  const fromVite = import.meta.env
  if (fromVite?.SANITY_STUDIO_PROJECT_ID) return fromVite
  return typeof process === 'undefined' ? (fromVite ?? {}) : { ...fromVite, ...process.env }
}
