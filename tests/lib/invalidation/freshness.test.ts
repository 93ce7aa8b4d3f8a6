// A change reaches every page that shows it, and nothing cached holds it back: the query cache, the dataset
// watcher and the publish clock, over real GROQ.
import { mkdtempSync, renameSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, expect, test } from 'vitest'

import { createQueryCache } from '~/lib/content/cache.server'
import { createContentService } from '~/lib/content/content.server'
import { readDataset, type SanityDocument } from '~/lib/content/dataset.server'
import { createLocalSource } from '~/lib/content/source.server'
import { watchDataset, type DatasetWatcher } from '~/lib/invalidation/dataset-watcher.server'
import { createInvalidation } from '~/lib/invalidation'
import { startPublishClock } from '~/lib/invalidation/publish-clock.server'

import { author, post } from '../../helpers/documents'

const quiet = { log: () => {}, error: () => {} }
const watchers: DatasetWatcher[] = []
afterEach(() => watchers.splice(0).forEach(watcher => watcher.close()))

const toNdjson = (documents: SanityDocument[]) => documents.map(doc => JSON.stringify(doc)).join('\n')

/** A cached site over a dataset file, as server.ts builds it; `fetches` counts queries that reach groq-js. */
function setupSite(documents: SanityDocument[], log: Pick<Console, 'log' | 'error'> = quiet) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'wmb-fresh-')), 'dataset.ndjson')
  writeFileSync(file, toNdjson(documents))
  const local = createLocalSource(readDataset(file))
  let fetches = 0
  const source = { ...local, fetch: (...args: Parameters<typeof local.fetch>) => (fetches++, local.fetch(...args)) }
  const invalidation = createInvalidation()
  const content = createContentService({ source, cache: createQueryCache(invalidation) })
  const watcher = watchDataset({ file, source, content, invalidation, log })
  watchers.push(watcher)
  return {
    content,
    invalidation,
    fetches: () => fetches,
    // The whole file at once, as `sanity dataset export` or an editor's save-as would leave it.
    publish: async (next: SanityDocument[]) => {
      writeFileSync(`${file}.tmp`, toNdjson(next))
      renameSync(`${file}.tmp`, file)
      return watcher.reload()
    },
    file,
    watcher,
  }
}

// Built once: the builders give each block a new _key, and a new key is an edit.
const THREE = [
  author(),
  post('c', '2024-03-01T00:00:00Z'),
  post('b', '2024-02-01T00:00:00Z'),
  post('a', '2024-01-01T00:00:00Z'),
]
const D = post('d', '2023-12-01T00:00:00Z')
const three = () => THREE.map(doc => ({ ...doc }))

test('a page read twice is queried once', async () => {
  const site = setupSite(three())
  await site.content.getPost('b')
  const before = site.fetches()
  expect((await site.content.getPost('b'))?.title).toBe('Post b')
  expect(site.fetches()).toBe(before)
})

test('a new title shows on the post and on both neighbours’ Previous/Next links', async () => {
  const site = setupSite(three())
  for (const slug of ['a', 'b', 'c']) await site.content.getPost(slug)
  const next = three().map(doc => (doc._id === 'b' ? { ...doc, title: 'Renamed b' } : doc))
  expect(await site.publish(next)).toBe(1)
  expect((await site.content.getPost('b'))?.title).toBe('Renamed b')
  expect((await site.content.getPost('c'))?.next?.title).toBe('Renamed b')
  expect((await site.content.getPost('a'))?.previous?.title).toBe('Renamed b')
  expect((await site.content.listPosts(1))?.posts.map(p => p.title)).toEqual(['Post c', 'Renamed b', 'Post a'])
})

test('a re-dated post leaves its old neighbours and joins its new ones, on every page', async () => {
  const site = setupSite([...three(), D])
  for (const slug of ['a', 'b', 'c', 'd']) await site.content.getPost(slug)
  // c moves from newest to between a and d: order was c b a d, is now b a c d.
  await site.publish(
    [...three(), post('d', '2023-12-01T00:00:00Z')].map(doc =>
      doc._id === 'c' ? { ...doc, publishedAt: '2023-12-15T00:00:00Z' } : doc,
    ),
  )
  const links = async (slug: string) => {
    const found = await site.content.getPost(slug)
    return [found?.previous?.slug ?? null, found?.next?.slug ?? null]
  }
  expect(await links('b')).toEqual([null, 'a'])
  expect(await links('a')).toEqual(['b', 'c'])
  expect(await links('c')).toEqual(['a', 'd'])
  expect(await links('d')).toEqual(['c', null])
})

test('a re-slugged, unpublished or deleted post disappears from its neighbours and its old address', async () => {
  const site = setupSite(three())
  for (const slug of ['a', 'b', 'c']) await site.content.getPost(slug)
  await site.publish(three().map(doc => (doc._id === 'b' ? { ...doc, slug: { _type: 'slug', current: 'b2' } } : doc)))
  expect(await site.content.getPost('b')).toBeNull()
  expect((await site.content.getPost('c'))?.next?.slug).toBe('b2')

  // Unpublished: only its draft is left.
  await site.publish(three().map(doc => (doc._id === 'b' ? { ...doc, _id: 'drafts.b' } : doc)))
  expect((await site.content.getPost('c'))?.next?.slug).toBe('a')
  expect((await site.content.getPost('a'))?.previous?.slug).toBe('c')

  // Deleted.
  await site.publish(three().filter(doc => doc._id !== 'a'))
  expect(await site.content.getPost('a')).toBeNull()
  expect((await site.content.getPost('b'))?.next).toBeNull()
  expect((await site.content.listPosts(1))?.total).toBe(2)
})

test('an edit to the author’s name shows on her posts and lists', async () => {
  const site = setupSite(three())
  await site.content.getPost('b')
  await site.content.listPosts(1)
  await site.publish(three().map(doc => (doc._id === 'author-ada' ? { ...doc, name: 'Ada Lovelace' } : doc)))
  expect((await site.content.getPost('b'))?.author?.name).toBe('Ada Lovelace')
  expect((await site.content.listPosts(1))?.posts[0]?.author?.name).toBe('Ada Lovelace')
})

test('a draft edit changes nothing public, and is not even a reason to refetch', async () => {
  const draft = post('drafts.b', '2024-02-01T00:00:00Z', { title: 'Draft b' })
  const site = setupSite([...three(), draft])
  await site.content.getPost('b')
  const before = site.fetches()
  expect(await site.publish([...three(), { ...draft, title: 'Draft b, again' }])).toBe(1)
  expect((await site.content.getPost('b'))?.title).toBe('Post b')
  expect(site.fetches()).toBe(before)
})

test('a broken dataset file is never served: the last good version stays, and the error names the line', async () => {
  const errors: string[] = []
  const site = setupSite(three(), { log: () => {}, error: message => errors.push(message) })
  await site.content.getPost('b')
  writeFileSync(site.file, `${toNdjson(three())}\n{"_id": "half-writt`)
  expect(await site.watcher.reload()).toBe(0)
  expect((await site.content.getPost('b'))?.title).toBe('Post b')
  expect(errors[0]).toMatch(/dataset\.ndjson:5: invalid JSON/)
  expect(errors[0]).toContain('Still serving the previous version')
})

test('the watcher notices a file moved over the dataset, by itself', async () => {
  const site = setupSite(three())
  await site.content.getPost('b')
  writeFileSync(
    `${site.file}.new`,
    toNdjson(three().map(doc => (doc._id === 'b' ? { ...doc, title: 'Moved in' } : doc))),
  )
  renameSync(`${site.file}.new`, site.file)
  await expect.poll(async () => (await site.content.getPost('b'))?.title, { timeout: 5000 }).toBe('Moved in')
})

test('a scheduled post appears by itself when its moment passes, without any edit', async () => {
  const soon = new Date(Date.now() + 700).toISOString()
  const site = setupSite([...three(), post('scheduled', soon)])
  const clock = startPublishClock({ content: site.content, invalidation: site.invalidation })
  try {
    expect(await site.content.getPost('scheduled')).toBeNull()
    expect((await site.content.getPost('c'))?.previous).toBeNull()
    await expect.poll(async () => (await site.content.getPost('scheduled'))?.slug, { timeout: 5000 }).toBe('scheduled')
    expect((await site.content.getPost('c'))?.previous?.slug).toBe('scheduled')
    expect((await site.content.listPosts(1))?.posts[0]?.slug).toBe('scheduled')
  } finally {
    clock.close()
  }
})

test('a load that began before a change is answered but not kept', async () => {
  const documents = three()
  const local = createLocalSource(documents)
  let release: () => void = () => {}
  const gate = new Promise<void>(resolve => (release = resolve))
  let read: () => void = () => {}
  const readOld = new Promise<void>(resolve => (read = resolve))
  // The article's query reads the old version, then its answer is held back until after the change.
  const source = {
    ...local,
    fetch: async (...args: Parameters<typeof local.fetch>) => {
      const result = await local.fetch(...args)
      if (args[0].includes('_id == $id')) {
        read()
        await gate
      }
      return result
    },
  }
  const invalidation = createInvalidation()
  const content = createContentService({ source, cache: createQueryCache(invalidation) })
  const early = content.getPost('b')
  await readOld
  local.replace(documents.map(doc => (doc._id === 'b' ? { ...doc, title: 'New b' } : doc)))
  invalidation.invalidate(['doc:b'])
  release()
  expect((await early)?.title).toBe('Post b')
  expect((await content.getPost('b'))?.title).toBe('New b')
})

test('feeds, sitemap, author pages, settings and redirects are cached and still show each kind of change at once', async () => {
  const settings = (title: string, updatedAt: string): SanityDocument => ({
    _id: 'siteSettings',
    _type: 'siteSettings',
    _updatedAt: updatedAt,
    title,
  })
  let documents = [...three(), settings('Well Mind Body', '2024-01-01T00:00:00Z')]
  const site = setupSite(documents)
  const readAll = async () => ({
    feed: (await site.content.listFeedPosts(20)).map(p => p.title),
    sitemap: await site.content.getSitemapEntries(),
    authorPage: (await site.content.getAuthorPage('ada'))?.posts.map(p => p.title),
    title: (await site.content.getSiteSettings()).title,
    redirect: await site.content.resolveRedirect('/old-address'),
  })
  await readAll()
  const before = site.fetches()
  await readAll()
  expect(site.fetches(), 'everything read a second time comes from the cache').toBe(before)

  // The practice's settings: the sitemap's home entry is dated by them.
  documents = [...three(), settings('Well Mind Body Practice', '2024-06-01T00:00:00Z')]
  await site.publish(documents)
  let now = await readAll()
  expect(now.title).toBe('Well Mind Body Practice')
  expect(now.sitemap.siteModifiedAt).toBe('2024-06-01T00:00:00Z')

  // A second author: her page joins the sitemap.
  documents = [...documents, author('author-bea', { name: 'Bea Example' })]
  await site.publish(documents)
  expect((await readAll()).sitemap.authors.map(a => a.slug)).toEqual(['ada', 'bea'])

  // A new post: feed, sitemap and its author's page.
  documents = [...documents, post('e', '2024-04-01T00:00:00Z')]
  await site.publish(documents)
  now = await readAll()
  expect(now.feed[0]).toBe('Post e')
  expect(now.sitemap.posts.map(p => p.slug)).toContain('e')
  expect(now.authorPage?.[0]).toBe('Post e')

  // A redirect for an old address.
  expect(now.redirect).toBeNull()
  documents = [
    ...documents,
    { _id: 'redirect-old', _type: 'redirect', from: '/old-address', to: '/blog/e', permanent: true },
  ]
  await site.publish(documents)
  expect(await site.content.resolveRedirect('/old-address')).toMatchObject({ to: '/blog/e', permanent: true })
})

test('a renamed topic, a new service and an edited page show at once on every page that shows them', async () => {
  const topic = { _id: 'topic-anxiety', _type: 'topic', title: 'Anxiety', slug: { _type: 'slug', current: 'anxiety' } }
  const tagged = post('a', '2024-01-01T00:00:00Z', {
    topics: [{ _type: 'reference', _ref: 'topic-anxiety', _key: 'k' }],
  })
  const service = (title: string) => ({
    _id: 'service-x',
    _type: 'service',
    title,
    slug: { _type: 'slug', current: 'x' },
    summary: 'A summary.',
  })
  const privacy = (title: string) => ({
    _id: 'page-privacy',
    _type: 'page',
    title,
    slug: { _type: 'slug', current: 'privacy' },
  })
  const before = [author(), topic, tagged, privacy('Privacy')]
  const site = setupSite(before)
  // Cached first, as readers would have them.
  expect((await site.content.getPost('a'))?.topics.map(t => t.title)).toEqual(['Anxiety'])
  expect((await site.content.getTopicPage('anxiety'))?.title).toBe('Anxiety')
  expect((await site.content.getHome()).services).toEqual([])
  expect((await site.content.getPage('privacy'))?.title).toBe('Privacy')

  await site.publish([
    author(),
    { ...topic, title: 'Anxiety & worry' },
    tagged,
    service('Couples'),
    privacy('Your privacy'),
  ])
  expect((await site.content.getPost('a'))?.topics.map(t => t.title)).toEqual(['Anxiety & worry'])
  expect((await site.content.getTopicPage('anxiety'))?.title).toBe('Anxiety & worry')
  expect((await site.content.getHome()).topics.map(t => t.title)).toEqual(['Anxiety & worry'])
  expect((await site.content.getHome()).services.map(s => s.title)).toEqual(['Couples'])
  expect((await site.content.listServices()).map(s => s.title)).toEqual(['Couples'])
  expect((await site.content.getPage('privacy'))?.title).toBe('Your privacy')
})
