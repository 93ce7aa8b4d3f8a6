// `npm run typegen`: TypeScript types for the app's GROQ queries (app/lib/content/queries.ts) from the Studio's
// schema, written to app/lib/content/sanity.types.ts. Offline: it reads files only.
import { existsSync } from 'node:fs'
import path from 'node:path'

import { STUDIO_DIR, runSanity } from './sanity-cli.mjs'

const QUERIES = path.resolve(STUDIO_DIR, '../app/lib/content/queries.ts')
if (!existsSync(QUERIES)) console.warn(`${QUERIES} does not exist yet: generating the schema types only.`)

// Required fields are non-optional in the types: the Studio does not publish a document that lacks one.
const extracted = runSanity(['schema', 'extract', '--path', 'schema.json', '--enforce-required-fields'])
if (extracted !== 0) process.exit(extracted)
process.exit(runSanity(['typegen', 'generate']))
