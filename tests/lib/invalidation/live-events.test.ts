// Sanity's Live Content API through the real @sanity/client, against the local fake of Sanity's API: an
// event drops exactly what carries its sync tags, and the refetch asks for that event's version.
import { afterEach, expect, test } from 'vitest'

import { createQueryCache } from '~/lib/content/cache.server'
import { createContentService } from '~/lib/content/content.server'
import type { SanityDocument } from '~/lib/content/dataset.server'
import { createSanitySource } from '~/lib/content/source.server'
import { createInvalidation } from '~/lib/invalidation'
import { subscribeLiveEvents } from '~/lib/invalidation/live-events.server'

import { author, post } from '../../helpers/documents'
import { startFakeSanityApi } from '../../helpers/fake-sanity-api'

const DOCS = [
  author(),
  post('c', '2024-03-01T00:00:00Z'),
  post('b', '2024-02-01T00:00:00Z'),
  post('a', '2024-01-01T00:00:00Z'),
]
const cleanups: Array<() => unknown> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})

async function setupLive(documents: SanityDocument[] = DOCS) {
  const api = await startFakeSanityApi(documents)
  const source = createSanitySource({
    SANITY_PROJECT_ID: 'test1234',
    SANITY_DATASET: 'production',
    SANITY_API_VERSION: '2025-02-19',
    SANITY_READ_TOKEN: undefined,
    SANITY_API_HOST: api.apiHost,
  })
  const invalidation = createInvalidation()
  const content = createContentService({ source, cache: createQueryCache(invalidation) })
  const live = subscribeLiveEvents({
    source: { liveEvents: source.liveEvents!, setLastLiveEventId: source.setLastLiveEventId! },
    invalidation,
    log: { error: () => {} },
  })
  cleanups.push(
    () => live.close(),
    () => api.close(),
  )
  await expect.poll(() => api.listeners(), { timeout: 5000 }).toBe(1)
  const queries = () => api.requests.filter(request => request.path.includes('/data/query/'))
  return { api, content, queries }
}

const retitled = (id: string, title: string) => DOCS.map(doc => (doc._id === id ? { ...doc, title } : doc))

test('an event naming a document’s sync tag drops what shows it, and the refetch asks for that version', async () => {
  const { api, content, queries } = await setupLive()
  await content.getPost('b')
  await content.getPost('c')
  await content.getPost('a')
  const before = queries().length
  api.replace(retitled('a', 'Fresh a'))
  api.emit({ type: 'message', id: 'event-7', tags: ['s1:a'] })
  await expect.poll(async () => (await content.getPost('a'))?.title, { timeout: 5000 }).toBe('Fresh a')
  // b shows a as Next: it carried a's tag too. c does not show a: it is still served from the cache.
  expect((await content.getPost('b'))?.next?.title).toBe('Fresh a')
  expect((await content.getPost('c'))?.title).toBe('Post c')
  const refetched = queries().slice(before)
  expect(refetched).toHaveLength(2)
  expect(refetched.every(request => request.lastLiveEventId === 'event-7')).toBe(true)
})

test('an event naming tags nothing carries drops nothing', async () => {
  const { api, content, queries } = await setupLive()
  await content.getPost('b')
  const before = queries().length
  api.emit({ type: 'message', id: 'event-1', tags: ['s1:somebody-else'] })
  await new Promise(resolve => setTimeout(resolve, 200))
  await content.getPost('b')
  expect(queries().length).toBe(before)
})

test('a restart event drops everything', async () => {
  const { api, content, queries } = await setupLive()
  await content.getPost('b')
  await content.listPosts(1)
  await content.getSiteSettings()
  const before = queries().length
  api.replace(retitled('b', 'After restart'))
  api.emit({ type: 'restart', id: 'event-9' })
  await expect.poll(async () => (await content.getPost('b'))?.title, { timeout: 5000 }).toBe('After restart')
  await content.listPosts(1)
  await content.getSiteSettings()
  // Each query once more: the post order and the article, the index page, the settings.
  expect(queries().length - before).toBe(4)
})
