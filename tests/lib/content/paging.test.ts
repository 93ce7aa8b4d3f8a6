// Post counts that are exact multiples of the page size (ten): the bundled dataset has none.
import { expect, test } from 'vitest'

import { author, post, setupContent } from '../../helpers/documents'

function setupPosts(count: number) {
  const day = (i: number) => new Date(Date.UTC(2024, 0, 1 + i)).toISOString()
  return setupContent([author(), ...Array.from({ length: count }, (_, i) => post(`p${i}`, day(i)))])
}

test('ten posts fill exactly one page: page 1 says "1 page", page 2 does not exist', async () => {
  const { content } = setupPosts(10)
  const first = await content.listPosts(1)
  expect(first).toMatchObject({ page: 1, pageCount: 1, total: 10 })
  expect(first?.posts).toHaveLength(10)
  expect(await content.listPosts(2)).toBeNull()
})

test('twenty posts fill exactly two pages: the oldest post is the last of page 2, page 3 does not exist', async () => {
  const { content } = setupPosts(20)
  const [first, second] = await Promise.all([content.listPosts(1), content.listPosts(2)])
  expect([first?.pageCount, second?.pageCount]).toEqual([2, 2])
  expect(first?.posts.map(p => p.slug)).toEqual(['p19', 'p18', 'p17', 'p16', 'p15', 'p14', 'p13', 'p12', 'p11', 'p10'])
  expect(second?.posts.map(p => p.slug)).toEqual(['p9', 'p8', 'p7', 'p6', 'p5', 'p4', 'p3', 'p2', 'p1', 'p0'])
  expect(await content.listPosts(3)).toBeNull()
})

test('one post more than a full page opens a second page holding just the oldest post', async () => {
  const { content } = setupPosts(11)
  const second = await content.listPosts(2)
  expect(second).toMatchObject({ page: 2, pageCount: 2, total: 11 })
  expect(second?.posts.map(p => p.slug)).toEqual(['p0'])
})

test('a page number that is not a whole number from 1 is no page, even with pages on either side', async () => {
  const { content } = setupPosts(25)
  for (const page of [0, -1, 1.5, Number.NaN]) expect(await content.listPosts(page), String(page)).toBeNull()
})
