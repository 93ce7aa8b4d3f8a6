import { expect, test } from 'vitest'

import { relatedPosts } from '~/lib/search/related'
import type { SearchDocument } from '~/lib/search/search-index'

function post(id: string, publishedAt: string, topics: string[], citations: string[] = []): SearchDocument {
  return {
    id,
    slug: id,
    title: id,
    excerpt: '',
    body: '',
    topics: topics.map(slug => ({ title: slug, slug })),
    author: null,
    publishedAt,
    citations,
  }
}

const ids = (documents: SearchDocument[]) => documents.map(doc => doc.id)

// An article on anxiety in teens citing two studies, and what else the blog has.
const teens = post('anxiety-in-teens', '2024-09-12T09:00:00Z', ['anxiety', 'parenting'], ['cit-beesdo', 'cit-craske'])
const breathing = post('breathing-practices', '2024-06-01T09:00:00Z', ['anxiety'], ['cit-craske'])
const school = post('school-refusal', '2024-02-01T09:00:00Z', ['anxiety', 'parenting'])
const sleep = post('sleep-and-mood', '2024-03-20T09:00:00Z', ['sleep'])
const panic = post('panic-attacks', '2023-05-01T09:00:00Z', ['panic'], ['cit-beesdo', 'cit-craske'])
const grief = post('grief-after-loss', '2023-12-01T09:00:00Z', ['grief'])
const all = [teens, breathing, school, sleep, panic, grief]

test('the articles sharing the most topics and references come first, the two counted together', () => {
  // school: 2 topics; panic: 2 references; breathing: 1 topic + 1 reference. Equal at 2: newer first.
  expect(ids(relatedPosts(all, teens, {}))).toEqual(['breathing-practices', 'school-refusal', 'panic-attacks'])
})

test('a reference alone makes an article related', () => {
  const loner = post('loner', '2020-01-01T00:00:00Z', ['research'], ['cit-beesdo'])
  expect(ids(relatedPosts([...all, loner], loner, {}))).toEqual(['anxiety-in-teens', 'panic-attacks'])
})

test('more shared things beat recency', () => {
  const newest = post('newest', '2025-01-01T00:00:00Z', ['parenting'])
  expect(ids(relatedPosts([...all, newest], teens, { limit: 4 }))).toEqual([
    'breathing-practices',
    'school-refusal',
    'panic-attacks',
    'newest',
  ])
})

test('equally related articles are listed newest first, then by id', () => {
  const twinA = post('twin-a', '2022-01-01T00:00:00Z', ['sleep'])
  const twinB = post('twin-b', '2022-01-01T00:00:00Z', ['sleep'])
  const older = post('older', '2021-01-01T00:00:00Z', ['sleep'])
  const newer = post('newer', '2023-01-01T00:00:00Z', ['sleep'])
  expect(ids(relatedPosts([older, twinA, sleep, twinB, newer], sleep, {}))).toEqual(['newer', 'twin-b', 'twin-a'])
})

test('never the article itself, nor the ones the caller leaves out (its Previous and Next)', () => {
  const related = relatedPosts(all, teens, { exclude: ['breathing-practices', 'school-refusal'] })
  expect(ids(related)).toEqual(['panic-attacks'])
  expect(ids(relatedPosts([teens, teens], teens, {}))).toEqual([])
})

test('up to three by default, or the limit asked', () => {
  const many = Array.from({ length: 6 }, (_, i) => post(`p${i}`, `2024-01-0${i + 1}T00:00:00Z`, ['anxiety']))
  expect(relatedPosts([teens, ...many], teens, {})).toHaveLength(3)
  expect(relatedPosts([teens, ...many], teens, { limit: 5 })).toHaveLength(5)
})

test('an article sharing nothing with any other has no related articles', () => {
  expect(relatedPosts(all, grief, {})).toEqual([])
  expect(relatedPosts(all, post('bare', '2024-01-01T00:00:00Z', []), {})).toEqual([])
})

test('a topic and a reference with the same id are not one shared thing', () => {
  const topicNamedLikeReference = post('odd', '2024-01-01T00:00:00Z', ['cit-craske'])
  expect(relatedPosts([...all, topicNamedLikeReference], teens, { limit: 10 })).not.toContainEqual(
    topicNamedLikeReference,
  )
})
