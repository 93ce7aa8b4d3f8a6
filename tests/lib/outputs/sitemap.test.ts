import { readFileSync } from 'node:fs'

import { expect, test } from 'vitest'
import { validateXML } from 'xmllint-wasm'

import { POSTS_PER_PAGE } from '~/lib/content/content.server'
import { robotsTxt, sitemapUrls, sitemapXml } from '~/lib/outputs/sitemap'

import { setupBundledContent } from '../../helpers/bundled'
import { author, post, setupContent } from '../../helpers/documents'

const ORIGIN = 'https://wellmindbody.co'
const XSD = readFileSync('node_modules/sitemap/schema/sitemap.xsd', 'utf8')

async function validate(xml: string) {
  const result = await validateXML({ xml: [{ fileName: 'sitemap.xml', contents: xml }], schema: [XSD] })
  return result.errors.map(error => error.message)
}

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map(match => match[1])

test('the bundled site’s sitemap is valid against the sitemaps.org schema', async () => {
  const { content } = setupBundledContent()
  const xml = sitemapXml(sitemapUrls(await content.getSitemapEntries(), POSTS_PER_PAGE), ORIGIN)
  expect(await validate(xml)).toEqual([])
  expect(locs(xml)).toContain(`${ORIGIN}/blog/ketamine-ketamine-assisted-psychotherapy`)
})

test('an invalid sitemap is caught by the schema check', async () => {
  expect(
    await validate('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url></url></urlset>'),
  ).not.toEqual([])
})

test('only public, indexable pages are listed, at their canonical addresses, in the index’s order', async () => {
  const { content } = setupContent([
    author(),
    post('b', '2024-03-01T10:00:00Z'),
    post('a', '2024-03-01T10:00:00.000Z'), // the same instant written another way: ties go by _id, descending
    post('hidden', '2024-02-01T00:00:00Z', { seo: { _type: 'seo', noindex: true } }),
    post('drafts.unpublished', '2024-02-02T00:00:00Z'),
    post('scheduled', '2999-01-01T00:00:00Z'),
  ])
  const urls = sitemapUrls(await content.getSitemapEntries(), POSTS_PER_PAGE)
  // No services, topics, pages or practice lead in this dataset: only the pages that always exist are added.
  expect(urls.map(url => url.path)).toEqual([
    '/',
    '/blog',
    '/blog/b',
    '/blog/a',
    '/authors/ada',
    '/contact',
    '/services',
  ])
})

test('lastmod is when the page last changed: updatedAt, else _updatedAt, else publishedAt', async () => {
  const { content } = setupContent([
    author('author-ada', { _updatedAt: '2023-01-01T00:00:00Z' }),
    post('revised', '2024-01-01T00:00:00Z', { updatedAt: '2024-05-01T00:00:00Z', _updatedAt: '2024-06-01T00:00:00Z' }),
    post('edited', '2024-02-01T00:00:00Z', { _updatedAt: '2024-03-01T00:00:00Z' }),
    post('untouched', '2024-01-15T00:00:00Z'),
    post('early-edit', '2024-04-01T00:00:00Z', { _updatedAt: '2024-03-31T00:00:00Z' }),
    { _id: 'siteSettings', _type: 'siteSettings', title: 'Site', _updatedAt: '2022-01-01T00:00:00Z' },
  ])
  const byPath = Object.fromEntries(
    sitemapUrls(await content.getSitemapEntries(), POSTS_PER_PAGE).map(url => [url.path, url.lastmod]),
  )
  expect(byPath['/blog/revised']).toBe('2024-05-01T00:00:00Z')
  expect(byPath['/blog/edited']).toBe('2024-03-01T00:00:00Z')
  expect(byPath['/blog/untouched']).toBe('2024-01-15T00:00:00Z')
  // Scheduled and written before its date: modified no earlier than published.
  expect(byPath['/blog/early-edit']).toBe('2024-04-01T00:00:00Z')
  // The author page changes with her bio and with each of her posts; the index with its posts.
  expect(byPath['/authors/ada']).toBe('2024-05-01T00:00:00Z')
  expect(byPath['/blog']).toBe('2024-05-01T00:00:00Z')
  expect(byPath['/']).toBe('2022-01-01T00:00:00Z')
})

test('every page of the blog index is listed, and no page past the last', async () => {
  const posts = Array.from({ length: 2 * POSTS_PER_PAGE }, (_, i) =>
    post(`p${String(i).padStart(2, '0')}`, `2024-01-${String(i + 1).padStart(2, '0')}T00:00:00Z`),
  )
  const { content } = setupContent([author(), ...posts])
  const paths = sitemapUrls(await content.getSitemapEntries(), POSTS_PER_PAGE).map(url => url.path)
  expect(paths.filter(path => path.startsWith('/blog?') || path === '/blog')).toEqual(['/blog', '/blog?page=2'])
})

test('addresses are escaped for XML and the sitemap is named in robots.txt', () => {
  const xml = sitemapXml([{ path: '/blog?page=2', lastmod: null }], 'https://example.com')
  expect(xml).toContain('<loc>https://example.com/blog?page=2</loc>')
  expect(sitemapXml([{ path: '/a&b', lastmod: null }], 'https://example.com')).toContain('/a&amp;b')
  expect(robotsTxt(ORIGIN)).toContain('Sitemap: https://wellmindbody.co/sitemap.xml')
})

test('the practice’s pages are listed: about (with a practice lead), services, topics and standalone pages', async () => {
  const { content } = setupBundledContent()
  const paths = sitemapUrls(await content.getSitemapEntries(), POSTS_PER_PAGE).map(url => url.path)
  for (const path of [
    '/about',
    '/contact',
    '/services',
    '/services/ketamine-assisted-psychotherapy',
    '/topics/anxiety',
    '/topics/trauma-ptsd',
    '/privacy',
    '/accessibility',
  ])
    expect(paths).toContain(path)
})
