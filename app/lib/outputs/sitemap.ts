// sitemaps.org XML: every public page at its canonical URL, with the date its content last changed.
import type { SitemapEntries } from '../content/types.ts'
import { latestInstant } from '../dates.ts'
import { authorPath, blogPath, postPath } from './urls.ts'

/** Text as XML content or an attribute value holds it literally. */
export const escapeXml = (text: string) =>
  text.replace(
    /[<>&'"]/g,
    char => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[char] ?? char,
  )

export interface SitemapUrl {
  path: string
  lastmod: string | null
}

/** The pages, in a stable order: home, the blog's pages, posts (newest first), authors, then the practice's pages. */
export function sitemapUrls(entries: SitemapEntries, postsPerPage: number): SitemapUrl[] {
  const { posts } = entries
  // Publishing a post moves every other one along the index's pages.
  const newestPublished = posts[0]?.publishedAt ?? null
  const pageCount = Math.max(1, Math.ceil(posts.length / postsPerPage))
  const indexPages = Array.from({ length: pageCount }, (_, i) => ({
    path: blogPath(i + 1),
    lastmod: latestInstant([
      newestPublished,
      ...posts.slice(i * postsPerPage, (i + 1) * postsPerPage).map(post => post.modifiedAt),
    ]),
  }))
  return [
    { path: '/', lastmod: entries.siteModifiedAt },
    ...indexPages,
    ...posts.filter(post => !post.noindex).map(post => ({ path: postPath(post.slug), lastmod: post.modifiedAt })),
    ...entries.authors.map(author => ({ path: authorPath(author.slug), lastmod: author.modifiedAt })),
    ...(entries.founder
      ? [{ path: '/about', lastmod: latestInstant([entries.siteModifiedAt, entries.founder.modifiedAt]) }]
      : []),
    { path: '/contact', lastmod: entries.siteModifiedAt },
    { path: '/services', lastmod: latestInstant(entries.services.map(service => service.modifiedAt)) },
    ...entries.services.map(service => ({ path: `/services/${service.slug}`, lastmod: service.modifiedAt })),
    ...entries.topics.map(topic => ({ path: `/topics/${topic.slug}`, lastmod: topic.modifiedAt })),
    ...entries.pages.map(page => ({ path: `/${page.slug}`, lastmod: page.modifiedAt })),
  ]
}

export function sitemapXml(urls: SitemapUrl[], origin: string): string {
  const items = urls.map(({ path, lastmod }) => {
    const date = lastmod && !Number.isNaN(Date.parse(lastmod)) ? new Date(lastmod).toISOString() : null
    return `  <url><loc>${escapeXml(new URL(path, origin).href)}</loc>${date ? `<lastmod>${date}</lastmod>` : ''}</url>`
  })
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join('\n')}\n</urlset>\n`
}

export function robotsTxt(origin: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${origin}/sitemap.xml\n`
}
