import { fileURLToPath } from 'node:url'

import { defineCliConfig } from 'sanity/cli'

import { MISSING_PROJECT_ID_MESSAGE, readProjectSettings } from './project'
import { loadEnvFiles } from './scripts/env-files.mjs'

// Before anything reads the environment: the CLI passes SANITY_STUDIO_* on to the Studio bundle.
loadEnvFiles()
const { projectId, dataset, configured } = readProjectSettings(process.env)
if (!configured && !process.env.CI) console.warn(`\n${MISSING_PROJECT_ID_MESSAGE}\n`)

const NODE_FETCH = {
  find: /^node-fetch$/,
  replacement: fileURLToPath(new URL('./references/node-fetch-in-the-browser.ts', import.meta.url)),
}

type Alias = { find: string | RegExp; replacement: string }

// Vite takes aliases as an object or as a list: add ours to whichever form the CLI's own config uses.
function withAlias(aliases: unknown, alias: Alias): Alias[] {
  const existing = Array.isArray(aliases)
    ? (aliases as Alias[])
    : Object.entries((aliases ?? {}) as Record<string, string>).map(([find, replacement]) => ({ find, replacement }))
  return [...existing, alias]
}

export default defineCliConfig({
  api: { projectId, dataset },
  studioHost: process.env.SANITY_STUDIO_HOSTNAME || undefined,
  deployment: { autoUpdates: false },
  // citation-js (pasting BibTeX and RIS) imports node-fetch: in the browser bundle, the browser's fetch.
  vite: config => ({ ...config, resolve: { ...config.resolve, alias: withAlias(config.resolve?.alias, NODE_FETCH) } }),
  // `npm run typegen`: types for the app's GROQ queries, from the schema that `sanity schema extract` writes.
  typegen: {
    path: '../app/lib/content/queries.ts',
    schema: './schema.json',
    generates: '../app/lib/content/sanity.types.ts',
  },
})
