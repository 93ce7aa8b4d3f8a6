import { defineCliConfig } from 'sanity/cli'

import { MISSING_PROJECT_ID_MESSAGE, readProjectSettings } from './project'
import { loadEnvFiles } from './scripts/env-files.mjs'

// Before anything reads the environment: the CLI passes SANITY_STUDIO_* on to the Studio bundle.
loadEnvFiles()
const { projectId, dataset, configured } = readProjectSettings(process.env)
if (!configured && !process.env.CI) console.warn(`\n${MISSING_PROJECT_ID_MESSAGE}\n`)

export default defineCliConfig({
  api: { projectId, dataset },
  studioHost: process.env.SANITY_STUDIO_HOSTNAME || undefined,
  deployment: { autoUpdates: false },
  // `npm run typegen`: types for the app's GROQ queries, from the schema that `sanity schema extract` writes.
  typegen: {
    path: '../app/lib/content/queries.ts',
    schema: './schema.json',
    generates: '../app/lib/content/sanity.types.ts',
  },
})
