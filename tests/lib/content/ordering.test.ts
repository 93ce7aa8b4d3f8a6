// Every ordered list over one fixture that holds what the bundled dataset hides: the same instant written in
// four forms ("…Z", "….000Z", "+00:00", another offset), neighbours a millisecond apart, and ties.
import { expect, test } from 'vitest'

import type { ContentService } from '~/lib/content/content.server'

import { author, post, ref, setupContent } from '../../helpers/documents'

const INDEX_ORDER = ['f', 'd', 'c', 'b', 'a', 'e']

function setupTies() {
  return setupContent([
    author(),
    author('author-bo', { name: 'Bo Example' }),
    post('a', '2024-03-01T09:00:00Z'),
    post('b', '2024-03-01T09:00:00.000Z'),
    post('c', '2024-03-01T09:00:00+00:00'),
    post('d', '2024-03-01T10:00:00+01:00'),
    post('e', '2024-03-01T08:59:59.999Z'),
    post('f', '2024-03-01T09:00:00.001Z'),
    post('other', '2024-03-01T09:00:00Z', { author: ref('author-bo') }),
  ])
}

async function walk(content: ContentService, from: string, direction: 'next' | 'previous') {
  const visited: string[] = []
  let current = await content.getPost(from)
  while (current && visited.length < 20) {
    visited.push(current.slug)
    const link = current[direction]
    current = link ? await content.getPost(link.slug) : null
  }
  return visited
}

test('the index orders the same instant written in different forms as one instant, ties by _id descending', async () => {
  const { content } = setupTies()
  const slugs = (await content.listPosts(1))?.posts.map(p => p.slug).filter(slug => slug !== 'other')
  expect(slugs).toEqual(INDEX_ORDER)
})

test('Next from the newest post visits every post once, in index order, through ties; Previous walks back', async () => {
  const { content } = setupTies()
  const index = (await content.listPosts(1))?.posts.map(p => p.slug) ?? []
  expect(await walk(content, index[0]!, 'next')).toEqual(index)
  expect(await walk(content, index.at(-1)!, 'previous')).toEqual([...index].reverse())
})

test('a post with the same publishedAt as its neighbours links to each of them, none skipped', async () => {
  const { content } = setupTies()
  const c = await content.getPost('c')
  expect([c?.previous?.slug, c?.next?.slug]).toEqual(['d', 'b'])
  const a = await content.getPost('a')
  expect([a?.previous?.slug, a?.next?.slug]).toEqual(['b', 'e'])
})

test('Previous and Next carry the id (what a cache drops by), title, address and date of the linked post', async () => {
  const { content } = setupTies()
  const c = await content.getPost('c')
  expect(c?.next).toEqual({ id: 'b', title: 'Post b', slug: 'b', publishedAt: '2024-03-01T09:00:00.000Z' })
  expect(c?.previous).toEqual({ id: 'd', title: 'Post d', slug: 'd', publishedAt: '2024-03-01T10:00:00+01:00' })
})

test('the author page lists the author’s posts in the index order, ties included, and nobody else’s', async () => {
  const { content } = setupTies()
  expect((await content.getAuthorPage('ada'))?.posts.map(p => p.slug)).toEqual(INDEX_ORDER)
  expect((await content.getAuthorPage('bo'))?.posts.map(p => p.slug)).toEqual(['other'])
})

test('eleven posts at the same instant page as ten and one: none on both pages, none lost', async () => {
  const ids = Array.from({ length: 11 }, (_, i) => `p${String(i).padStart(2, '0')}`)
  const { content } = setupContent([author(), ...ids.map(id => post(id, '2024-01-01T00:00:00Z'))])
  const [first, second] = await Promise.all([content.listPosts(1), content.listPosts(2)])
  expect(first?.posts.map(p => p.slug)).toEqual([...ids].reverse().slice(0, 10))
  expect(second?.posts.map(p => p.slug)).toEqual(['p00'])
  expect([first?.pageCount, second?.pageCount]).toEqual([2, 2])
})
