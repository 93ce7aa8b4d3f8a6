import { afterAll, beforeAll, expect, test } from 'vitest'

import { startSite, type RunningSite } from '../helpers/server'

let site: RunningSite

beforeAll(async () => {
  site = await startSite({ CONTENT_DATASET: 'tests/fixtures/drift.ndjson' })
})
afterAll(() => site?.stop())

test('an unexpected error is a 500 page without internals; the server logs the error', async () => {
  const response = await fetch(`${site.url}/blog/drifted`)
  const html = await response.text()
  expect(response.status).toBe(500)
  expect(html).toContain('Something went wrong on our side')
  expect(html).not.toMatch(/ContentDriftError|POST_BY_SLUG_QUERY|at .+\.js:\d+/)
  await expect.poll(() => site.output()).toMatch(/Error while handling GET \/blog\/drifted:[\s\S]*citations\.0\.type/)
})

test('the index still works when one article is broken', async () => {
  expect((await fetch(`${site.url}/blog`)).status).toBe(200)
  expect((await fetch(`${site.url}/no/such/page`)).status).toBe(404)
})
