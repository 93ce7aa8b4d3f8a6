import { afterAll, beforeAll, expect, test } from 'vitest'

import { createContentService } from '~/lib/content/content.server'
import { readDataset } from '~/lib/content/dataset.server'
import { createLocalSource, createSanitySource } from '~/lib/content/source.server'

import { startFakeSanityApi } from '../../helpers/fake-sanity-api'

const documents = readDataset('content/production.ndjson')
let api: Awaited<ReturnType<typeof startFakeSanityApi>>

beforeAll(async () => {
  api = await startFakeSanityApi(documents)
})
afterAll(() => api.close())

function setupBoth() {
  const sanity = createSanitySource({
    SANITY_PROJECT_ID: 'test1234',
    SANITY_DATASET: 'production',
    SANITY_API_VERSION: '2025-02-19',
    SANITY_READ_TOKEN: 'secret-token',
    SANITY_API_HOST: api.apiHost,
  })
  return {
    viaSanity: createContentService({ source: sanity }),
    viaLocal: createContentService({ source: createLocalSource(documents) }),
  }
}

test('the real Sanity client and the local backend return the same pages for the bundled dataset', async () => {
  const { viaSanity, viaLocal } = setupBoth()
  const first = await viaLocal.listPosts(1)
  const second = await viaLocal.listPosts(2)
  expect(await viaSanity.listPosts(1)).toEqual(first)
  expect(await viaSanity.listPosts(2)).toEqual(second)
  expect(await viaSanity.listPosts(3)).toBeNull()
  for (const { slug } of [...first!.posts, ...second!.posts])
    expect(await viaSanity.getPost(slug)).toEqual(await viaLocal.getPost(slug))
  expect(await viaSanity.getAuthorPage('elizabeth-miller')).toEqual(await viaLocal.getAuthorPage('elizabeth-miller'))
  expect(await viaSanity.getSiteSettings()).toEqual(await viaLocal.getSiteSettings())
  expect(await viaSanity.getPost('no-such-post')).toBeNull()
})

test('the Sanity client asks the versioned query endpoint for the published perspective, with the token', async () => {
  const { viaSanity } = setupBoth()
  api.requests.length = 0
  await viaSanity.getSiteSettings()
  expect(api.requests).toEqual([
    {
      method: 'GET',
      path: '/v2025-02-19/data/query/production',
      perspective: 'published',
      authorization: 'Bearer secret-token',
      lastLiveEventId: null,
    },
  ])
})

test('a query too long for a URL goes by POST and still answers', async () => {
  const { viaSanity } = setupBoth()
  api.requests.length = 0
  // A very long slug makes the request too long for GET; the client switches to POST by itself.
  expect(await viaSanity.getAuthorPage('x'.repeat(12_000))).toBeNull()
  expect(api.requests.map(r => r.method)).toEqual(['POST'])
})
