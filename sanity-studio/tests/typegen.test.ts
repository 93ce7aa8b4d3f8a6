import { readFileSync } from 'node:fs'

import { extractSchema } from '@sanity/schema/_internal'
import { expect, test } from 'vitest'

import { setupStudio } from './helpers/studio'

// app/lib/content/sanity.types.ts is generated from schema.json (`npm run typegen`): when the schema changes,
// schema.json and the app's types must be regenerated with it.
test('schema.json, which the app’s query types come from, matches the schema', async () => {
  const { workspace } = await setupStudio()
  const current = extractSchema(workspace.schema, { enforceRequiredFields: true })
  const committed = JSON.parse(readFileSync(new URL('../schema.json', import.meta.url), 'utf8'))
  expect(committed, 'run `npm run typegen` in sanity-studio/ and commit schema.json and sanity.types.ts').toEqual(
    JSON.parse(JSON.stringify(current)),
  )
})
