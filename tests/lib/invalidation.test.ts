import { expect, test } from 'vitest'

import { createInvalidation, createTaggedMap } from '~/lib/invalidation'

test('invalidating a tag drops what was built from it in every registered cache, and nothing else', () => {
  const invalidation = createInvalidation()
  const images = createTaggedMap<string>(10)
  const feeds = createTaggedMap<string>(10)
  invalidation.register('images', images)
  invalidation.register('feeds', feeds)
  images.set('a', 'card a', ['post:a', 'site'])
  images.set('b', 'card b', ['post:b', 'site'])
  feeds.set('rss', 'feed', ['post:a', 'post:b'])
  invalidation.invalidate(['post:a'])
  expect([images.get('a'), images.get('b'), feeds.get('rss')]).toEqual([undefined, 'card b', undefined])
  invalidation.invalidate(['*'])
  expect(images.size).toBe(0)
})

test('each cache exists once: a second registration under the same name is refused', () => {
  const invalidation = createInvalidation()
  invalidation.register('images', createTaggedMap(1))
  expect(() => invalidation.register('images', createTaggedMap(1))).toThrow(/already registered/)
})

test('a full cache lets go of the entry used least recently', () => {
  const map = createTaggedMap<number>(2)
  map.set('a', 1, [])
  map.set('b', 2, [])
  map.get('a')
  map.set('c', 3, [])
  expect([map.get('a'), map.get('b'), map.get('c')]).toEqual([1, undefined, 3])
})
