import { expect, test } from 'vitest'

import { author, block, post, ref, setupContent } from '../../helpers/documents'

const topic = (slug: string, title = slug) => ({
  _id: `topic-${slug}`,
  _type: 'topic',
  title,
  slug: { _type: 'slug', current: slug },
})
const withTopics = (...slugs: string[]) => ({
  topics: slugs.map(slug => ({ ...ref(`topic-${slug}`), _key: slug })),
})

test('a topic page lists its public posts newest first, never drafts or scheduled posts', async () => {
  const { content } = setupContent(
    [
      author(),
      topic('anxiety', 'Anxiety'),
      topic('ocd', 'OCD'),
      post('old', '2024-01-01T00:00:00Z', withTopics('anxiety')),
      post('new', '2024-06-01T00:00:00Z', withTopics('anxiety', 'ocd')),
      post('other', '2024-07-01T00:00:00Z', withTopics('ocd')),
      post('later', '2030-01-01T00:00:00Z', withTopics('anxiety')),
      post('drafts.draft', '2024-05-01T00:00:00Z', withTopics('anxiety')),
    ],
    { now: new Date('2025-01-01T00:00:00Z') },
  )
  const page = await content.getTopicPage('anxiety')
  expect(page?.title).toBe('Anxiety')
  expect(page?.posts.map(p => p.slug)).toEqual(['new', 'old'])
  expect(await content.getTopicPage('nothing')).toBeNull()
})

test('an article links its topics in her order, leaving out deleted topics and topics without an address', async () => {
  const { content } = setupContent([
    author(),
    topic('ocd', 'OCD'),
    topic('anxiety', 'Anxiety'),
    { ...topic('unfinished'), slug: undefined },
    post('a', '2024-01-01T00:00:00Z', withTopics('ocd', 'deleted', 'unfinished', 'anxiety')),
  ])
  expect((await content.getPost('a'))?.topics.map(t => t.title)).toEqual(['OCD', 'Anxiety'])
})

test('an article shows who reviewed it and when', async () => {
  const { content } = setupContent([
    author(),
    post('a', '2024-01-01T00:00:00Z', {
      reviewedBy: ref('author-ada'),
      lastReviewed: '2024-09-30',
      sensitiveTopic: true,
    }),
    post('b', '2024-02-01T00:00:00Z'),
  ])
  const a = await content.getPost('a')
  expect([a?.reviewedBy?.name, a?.lastReviewed, a?.sensitiveTopic]).toEqual(['Ada Example', '2024-09-30', true])
  const b = await content.getPost('b')
  expect([b?.reviewedBy, b?.lastReviewed, b?.sensitiveTopic]).toEqual([null, null, false])
})

test('services are listed in her order, and a service links only its public articles', async () => {
  const service = (slug: string, order: number | undefined, related: string[] = []) => ({
    _id: `service-${slug}`,
    _type: 'service',
    title: slug,
    slug: { _type: 'slug', current: slug },
    summary: `About ${slug}`,
    order,
    body: [block('Text.')],
    relatedPosts: related.map(id => ({ ...ref(id), _key: id })),
  })
  const { content } = setupContent(
    [
      author(),
      post('live', '2024-01-01T00:00:00Z'),
      post('soon', '2030-01-01T00:00:00Z'),
      service('b-second', 2),
      service('a-unordered', undefined),
      service('c-first', 1, ['live', 'soon', 'deleted']),
    ],
    { now: new Date('2025-01-01T00:00:00Z') },
  )
  expect((await content.listServices()).map(s => s.slug)).toEqual(['c-first', 'b-second', 'a-unordered'])
  expect((await content.getService('c-first'))?.relatedPosts.map(p => p.slug)).toEqual(['live'])
})

test('the home page shows the three latest articles', async () => {
  const { content } = setupContent([
    author(),
    ...['01', '02', '03', '04'].map(month => post(`p${month}`, `2024-${month}-01T00:00:00Z`)),
  ])
  expect((await content.getHome()).latest.map(p => p.slug)).toEqual(['p04', 'p03', 'p02'])
})

test('the site settings give contact details, the practice lead and a disclaimer even when she has written none', async () => {
  const { content } = setupContent([
    author(),
    { _id: 'siteSettings', _type: 'siteSettings', title: 'Site', phone: '555-0100', founder: ref('author-ada') },
  ])
  const settings = await content.getSiteSettings()
  expect(settings.contact).toEqual({ phone: '555-0100', email: null, address: null })
  expect(settings.founderSlug).toBe('ada')
  expect(settings.disclaimer).toMatch(/not medical or psychological advice.*988/)
})
