import { XMLParser } from 'fast-xml-parser'
import { expect, test } from 'vitest'

import { atomFeed, FEED_SIZE, rssFeed } from '~/lib/outputs/feeds.server'

import { author, block, citation, post, ref, setupContent } from '../../helpers/documents'

const SITE = {
  title: 'Well Mind Body',
  description: 'A practice.',
  modifiedAt: null,
  origin: 'https://wellmindbody.co',
}
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' })
const list = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value])

type RssItem = { title: string; link: string; pubDate: string; 'content:encoded': string; 'dc:creator': string }
type AtomEntry = {
  title: { '#text': string }
  id: string
  published: string
  updated: string
  author: { name: string; uri?: string }
  content: { '#text': string }
}

async function feedsOf(documents: Parameters<typeof setupContent>[0]) {
  const { content } = setupContent(documents)
  const posts = await content.listFeedPosts(FEED_SIZE)
  const rss = parser.parse(rssFeed(posts, SITE))
  const atom = parser.parse(atomFeed(posts, SITE))
  return {
    rss: list<RssItem>(rss.rss.channel.item),
    atom: list<AtomEntry>(atom.feed.entry),
    rssXml: rssFeed(posts, SITE),
  }
}

test('both feeds carry the newest 20 public posts, newest first, ties in the index’s order', async () => {
  const many = Array.from({ length: 23 }, (_, i) =>
    post(`p${String(i).padStart(2, '0')}`, `2024-01-${String(i + 1).padStart(2, '0')}T00:00:00Z`),
  )
  const { rss, atom } = await feedsOf([
    author(),
    ...many,
    post('tie-a', '2024-02-01T00:00:00.000Z'),
    post('tie-b', '2024-02-01T00:00:00Z'),
    post('hidden', '2024-03-01T00:00:00Z', { seo: { _type: 'seo', noindex: true } }),
    post('scheduled', '2999-01-01T00:00:00Z'),
    post('drafts.draft', '2024-03-02T00:00:00Z'),
  ])
  const expected = ['tie-b', 'tie-a', ...many.map(doc => doc._id).reverse()].slice(0, 20)
  expect(rss.map(item => item.link.replace('https://wellmindbody.co/blog/', ''))).toEqual(expected)
  expect(atom.map(entry => entry.id.replace('https://wellmindbody.co/blog/', ''))).toEqual(expected)
})

test('an item has its title, author, dates and the whole text, rendered like the page', async () => {
  const cite = { _type: 'cite', _key: 'c1', citation: ref('cit-smith') }
  const { rss, atom } = await feedsOf([
    author(),
    citation('cit-smith', 'Smith', 2021),
    post('sleep', '2024-05-01T09:00:00Z', {
      title: 'Sleep & Worry',
      updatedAt: '2024-06-01T09:00:00Z',
      body: [
        block('Worry keeps people awake', { marks: ['c1'], markDefs: [cite] }),
        block('Read more', { marks: ['l1'], markDefs: [{ _type: 'link', _key: 'l1', href: '/blog/other' }] }),
      ],
    }),
  ])
  const [item] = rss
  const [entry] = atom
  expect(item?.title).toBe('Sleep & Worry')
  expect(item?.pubDate).toBe('Wed, 01 May 2024 09:00:00 GMT')
  expect(item?.['dc:creator']).toBe('Ada Example, Ph.D.')
  expect(item?.['content:encoded']).toContain('Worry keeps people awake')
  expect(item?.['content:encoded']).toContain('>Smith, 2021</a></span>)')
  expect(item?.['content:encoded']).toContain('href="https://wellmindbody.co/blog/sleep#ref-cit-smith"')
  expect(item?.['content:encoded']).toContain('href="https://wellmindbody.co/blog/other"')
  expect(item?.['content:encoded']).toContain('https://doi.org/10.1234/cit-smith')
  // Feed readers have their own styles: the site's class names are left behind.
  expect(item?.['content:encoded']).not.toContain('class=')
  expect(entry?.published).toBe('2024-05-01T09:00:00.000Z')
  expect(entry?.updated).toBe('2024-06-01T09:00:00.000Z')
  expect(entry?.author).toEqual({ name: 'Ada Example, Ph.D.', uri: 'https://wellmindbody.co/authors/ada' })
})

test('hostile content stays inert in the feeds, and stray control characters cannot break them', async () => {
  const { rss, rssXml } = await feedsOf([
    author(),
    post('hostile', '2024-05-01T00:00:00Z', {
      title: 'Bad \u0007 title ]]> <script>',
      body: [
        block('<script>alert(1)</script> \u0000 text'),
        block('click', { marks: ['l1'], markDefs: [{ _type: 'link', _key: 'l1', href: 'javascript:alert(1)' }] }),
      ],
    }),
  ])
  const [item] = rss
  expect(item?.title).toBe('Bad  title ]]> <script>')
  expect(item?.['content:encoded']).not.toContain('<script>')
  expect(item?.['content:encoded']).toContain('&lt;script&gt;')
  expect(item?.['content:encoded']).not.toContain('javascript:')
  expect(rssXml).not.toMatch(/[\u0000\u0007]/)
})
