import { expect, test } from 'vitest'

import { createContentService } from '~/lib/content/content.server'
import { createLocalSource } from '~/lib/content/source.server'

import { author, block, citation, post, ref, setupContent } from '../../helpers/documents'

const slugs = (posts: Array<{ slug: string }> | undefined) => posts?.map(p => p.slug)

test('the index lists newest first, and posts at the same instant by _id descending', async () => {
  const { content } = setupContent([
    author(),
    post('a', '2024-01-01T00:00:00Z'),
    post('b', '2024-01-01T00:00:00Z'),
    post('c', '2024-02-01T00:00:00Z'),
    post('d', '2023-12-31T23:59:59Z'),
  ])
  expect(slugs((await content.listPosts(1))?.posts)).toEqual(['c', 'b', 'a', 'd'])
})

test('"…00Z" and "…00.000Z" order as the same instant, not as strings', async () => {
  const { content } = setupContent([
    author(),
    post('a', '2024-01-01T00:00:00.000Z'),
    post('b', '2024-01-01T00:00:00Z'),
    post('c', '2024-01-01T00:00:00.500Z'),
  ])
  expect(slugs((await content.listPosts(1))?.posts)).toEqual(['c', 'b', 'a'])
  const b = await content.getPost('b')
  expect([b?.previous?.slug, b?.next?.slug]).toEqual(['c', 'a'])
})

test('drafts, versions, future posts and posts without a slug appear nowhere', async () => {
  const now = new Date('2025-01-01T00:00:00Z')
  const { content } = setupContent(
    [
      author(),
      post('old', '2024-01-01T00:00:00Z'),
      post('new', '2024-06-01T00:00:00Z'),
      post('drafts.draft', '2024-03-01T00:00:00Z'),
      post('versions.r1.release', '2024-03-02T00:00:00Z'),
      post('future', '2025-01-01T00:00:01Z'),
      post('noslug', '2024-03-03T00:00:00Z', { slug: undefined }),
      post('nodate', null),
    ],
    { now },
  )
  expect(slugs((await content.listPosts(1))?.posts)).toEqual(['new', 'old'])
  for (const hidden of ['draft', 'release', 'future', 'nodate']) expect(await content.getPost(hidden)).toBeNull()
  const old = await content.getPost('old')
  expect(old?.previous?.slug).toBe('new')
  expect((await content.getPost('new'))?.previous).toBeNull()
  expect((await content.getAuthorPage('ada'))?.posts.map(p => p.slug)).toEqual(['new', 'old'])
})

test('a post becomes public at its publishedAt', async () => {
  const docs = [author(), post('scheduled', '2025-01-01T12:00:00Z')]
  expect(await setupContent(docs, { now: new Date('2025-01-01T11:59:59Z') }).content.getPost('scheduled')).toBeNull()
  expect(
    await setupContent(docs, { now: new Date('2025-01-01T12:00:00Z') }).content.getPost('scheduled'),
  ).not.toBeNull()
})

test('the newest post has no Previous and the oldest no Next', async () => {
  const { content } = setupContent([
    author(),
    post('first', '2024-01-01T00:00:00Z'),
    post('last', '2024-02-01T00:00:00Z'),
  ])
  const newest = await content.getPost('last')
  const oldest = await content.getPost('first')
  expect([newest?.previous, newest?.next?.slug]).toEqual([null, 'first'])
  expect([oldest?.previous?.slug, oldest?.next]).toEqual(['last', null])
})

test('a post whose author and a citation are dangling still renders, without them', async () => {
  const { content } = setupContent([
    citation('c-kept', 'Kept', 2020),
    post('orphan', '2024-01-01T00:00:00Z', {
      author: ref('author-gone'),
      references: [
        { ...ref('c-kept'), _key: 'r1' },
        { ...ref('c-gone'), _key: 'r2' },
      ],
    }),
  ])
  const orphan = await content.getPost('orphan')
  expect(orphan?.author).toBeNull()
  expect(orphan?.citations.map(c => c.id)).toEqual(['c-kept'])
  expect((await content.listPosts(1))?.posts[0]?.author).toBeNull()
})

test('citations come from the reference list and from inline cites, each once', async () => {
  const cite = { _type: 'cite', _key: 'm1', citation: ref('c-inline') }
  const { content } = setupContent([
    author(),
    citation('c-listed', 'Listed', 2020),
    citation('c-inline', 'Inline', 2021),
    citation('c-both', 'Both', 2022),
    citation('c-unused', 'Unused', 2023),
    post('p', '2024-01-01T00:00:00Z', {
      references: [
        { ...ref('c-listed'), _key: 'r1' },
        { ...ref('c-both'), _key: 'r2' },
      ],
      body: [
        block('a claim', { marks: ['m1'], markDefs: [cite] }),
        block('another', { marks: ['m2'], markDefs: [{ _type: 'cite', _key: 'm2', citation: ref('c-both') }] }),
      ],
    }),
  ])
  const ids = (await content.getPost('p'))?.citations.map(c => c.id).sort()
  expect(ids).toEqual(['c-both', 'c-inline', 'c-listed'])
})

test('the index pages ten posts at a time and has no page past the last', async () => {
  const docs = [
    author(),
    ...Array.from({ length: 23 }, (_, i) =>
      post(`p${String(i).padStart(2, '0')}`, `2024-01-${String(i + 1).padStart(2, '0')}T00:00:00Z`),
    ),
  ]
  const { content } = setupContent(docs)
  const pages = await Promise.all([1, 2, 3].map(n => content.listPosts(n)))
  expect(pages.map(p => p?.posts.length)).toEqual([10, 10, 3])
  expect(pages[0]?.posts[0]?.slug).toBe('p22')
  expect(pages[2]?.posts.at(-1)?.slug).toBe('p00')
  expect(pages.map(p => p?.pageCount)).toEqual([3, 3, 3])
  expect(await content.listPosts(4)).toBeNull()
  expect(await content.listPosts(0)).toBeNull()
})

test('an empty blog still has its first page', async () => {
  const { content } = setupContent([author()])
  expect(await content.listPosts(1)).toEqual({ posts: [], page: 1, pageCount: 1, total: 0 })
  expect(await content.listPosts(2)).toBeNull()
})

test('content that drifts from the model fails loudly with the query and the field', async () => {
  const { content } = setupContent([
    author(),
    citation('c', 'X', 2020, { type: 'podcast' }),
    post('p', '2024-01-01T00:00:00Z', { references: [{ ...ref('c'), _key: 'r' }] }),
  ])
  await expect(content.getPost('p')).rejects.toThrow(/POST_BY_ID_QUERY[\s\S]*citations\.0\.type/)
})

test('an author page lists only that author’s public posts; an unknown author is null', async () => {
  const { content } = setupContent([
    author(),
    author('author-bo', { name: 'Bo' }),
    post('mine', '2024-01-01T00:00:00Z'),
    post('theirs', '2024-01-02T00:00:00Z', { author: ref('author-bo') }),
  ])
  const page = await content.getAuthorPage('ada')
  expect(page?.author.name).toBe('Ada Example')
  expect(page?.posts.map(p => p.slug)).toEqual(['mine'])
  expect(await content.getAuthorPage('nobody')).toBeNull()
})

test('images resolve to their asset URL and size, with their alt text; an image without an asset is left out', async () => {
  const asset = {
    _id: 'image-abc-1200x800-jpg',
    _type: 'sanity.imageAsset',
    url: 'https://cdn.sanity.io/images/p/production/abc-1200x800.jpg',
    metadata: { dimensions: { width: 1200, height: 800 } },
  }
  const image = (alt: string) => ({ _type: 'image', asset: ref(asset._id), alt })
  const { content } = setupContent([
    author(),
    asset,
    post('with-images', '2024-01-01T00:00:00Z', {
      mainImage: image('A quiet lake at dawn'),
      body: [{ ...image('A journal and a cup of tea'), _key: 'i1', caption: 'Morning pages' }],
    }),
    post('no-asset', '2024-01-02T00:00:00Z', { mainImage: { _type: 'image', alt: 'Nothing chosen' } }),
  ])
  const withImages = await content.getPost('with-images')
  expect(withImages?.mainImage).toEqual({
    url: asset.url,
    alt: 'A quiet lake at dawn',
    width: 1200,
    height: 800,
    crop: null,
    hotspot: null,
  })
  expect(withImages?.body[0]).toMatchObject({
    _type: 'image',
    url: asset.url,
    alt: 'A journal and a cup of tea',
    caption: 'Morning pages',
  })
  expect((await content.getPost('no-asset'))?.mainImage).toBeNull()
})

test('the drafts perspective shows a draft in place of its published post, and draft-only posts too', async () => {
  const source = createLocalSource([
    author(),
    post('a', '2024-01-01T00:00:00Z', { title: 'Published title' }),
    post('drafts.a', '2024-01-01T00:00:00Z', { title: 'Edited title' }),
    post('drafts.b', '2024-02-01T00:00:00Z'),
  ])
  const published = createContentService({ source })
  const preview = createContentService({ source, perspective: 'drafts' })
  expect((await published.listPosts(1))?.posts.map(p => [p.id, p.title])).toEqual([['a', 'Published title']])
  expect((await preview.listPosts(1))?.posts.map(p => [p.id, p.title])).toEqual([
    ['b', 'Post b'],
    ['a', 'Edited title'],
  ])
  expect((await preview.getPost('a'))?.previous?.slug).toBe('b')
})

test('an image whose asset URL is not https is left out', async () => {
  const asset = { _id: 'image-x', _type: 'sanity.imageAsset', url: 'javascript:alert(1)' }
  const { content } = setupContent([
    author(),
    asset,
    post('p', '2024-01-01T00:00:00Z', { mainImage: { _type: 'image', asset: ref('image-x'), alt: 'x' } }),
  ])
  expect((await content.getPost('p'))?.mainImage).toBeNull()
})
