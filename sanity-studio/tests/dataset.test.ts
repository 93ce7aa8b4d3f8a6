import { existsSync } from 'node:fs'

import { expect, test } from 'vitest'

import { DATASET_FILE, readDataset, setupStudio } from './helpers/studio'

// content/production.ndjson is what the Studio could have produced: every document passes its validation,
// warnings included, with references and slugs checked against the dataset itself.
test('the bundled dataset exists and holds every document type of the model', () => {
  expect(existsSync(DATASET_FILE), `${DATASET_FILE.pathname} is missing`).toBe(true)
  const types = new Set(readDataset().map(document => document._type))
  expect([...types].sort()).toEqual(['author', 'citation', 'page', 'post', 'service', 'siteSettings', 'topic'])
})

test('every document of content/production.ndjson passes the Studio’s validation', async () => {
  const documents = readDataset()
  const studio = await setupStudio(documents)
  const problems: string[] = []
  for (const [index, document] of documents.entries()) {
    for (const marker of await studio.validate(document))
      problems.push(
        `line ${index + 1} (${document._id}) ${JSON.stringify(marker.path)}: ${marker.level}: ${marker.message}`,
      )
  }
  expect(problems).toEqual([])
})

test('the dataset’s documents use the ids the site and the Studio rely on', () => {
  const ids = readDataset().map(document => document._id)
  expect(ids).toContain('siteSettings')
  expect(ids).toContain('author-elizabeth-miller')
  expect(new Set(ids).size).toBe(ids.length)
})
