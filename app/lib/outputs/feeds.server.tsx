// RSS 2.0 and Atom 1.0: the newest public posts with their whole text, rendered by the site's own Portable
// Text components (one link allow-list for the page and the feeds), links made absolute for feed readers.
import { Feed, type Item } from 'feed'
import { renderToStaticMarkup } from 'react-dom/server'

import { RichText } from '../../components/portable-text.tsx'
import { ReferenceList } from '../../components/reference-list.tsx'
import { createBibliography } from '../citations/index.ts'
import type { FeedPost, SiteSettings } from '../content/types.ts'
import { latestInstant } from '../dates.ts'
import { formatAuthorName } from '../names.ts'
import { BLOG_DESCRIPTION } from './share-card.ts'
import { authorPath, postPath } from './urls.ts'

export const FEED_SIZE = 20

type Site = Pick<SiteSettings, 'title' | 'description' | 'modifiedAt'> & { origin: string }

// XML 1.0 has no place for most control characters or lone surrogates: a stray one would make the whole feed
// unreadable, so they are dropped from every string the feed carries.
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
export const xmlText = (text: string) => text.replace(NOT_XML, '')

/** In-page anchors and site paths, made absolute against the article's address (feed readers have no base). */
export function absolutizeLinks(html: string, pageUrl: string): string {
  return html.replace(/ (href|src)="([#/][^"]*)"/g, (match, attribute: string, value: string) => {
    if (value.startsWith('//')) return match
    return ` ${attribute}="${new URL(value.replaceAll('&amp;', '&'), pageUrl).href.replaceAll('&', '&amp;')}"`
  })
}

export function renderPostHtml(post: FeedPost, pageUrl: string): string {
  const bibliography = createBibliography(post.citations)
  const html = renderToStaticMarkup(
    <>
      <RichText value={post.body} bibliography={bibliography} />
      <ReferenceList entries={bibliography.entries} />
    </>,
  )
  // Feed readers style the text themselves: the site's class names would only be noise.
  return xmlText(absolutizeLinks(html, pageUrl).replace(/ class="[^"]*"/g, ''))
}

function createFeed(posts: FeedPost[], site: Site, format: 'rss' | 'atom'): Feed {
  const feed = new Feed({
    title: xmlText(site.title),
    description: xmlText(site.description ?? BLOG_DESCRIPTION),
    id: `${site.origin}/`,
    link: `${site.origin}/blog`,
    language: 'en',
    image: `${site.origin}/logo.png`,
    favicon: `${site.origin}/favicon.svg`,
    copyright: `© ${xmlText(site.title)}`,
    // Only what the posts say: the same content gives the same feed, byte for byte.
    updated: new Date(latestInstant(posts.map(post => post.modifiedAt)) ?? site.modifiedAt ?? 0),
    feedLinks: { rss: `${site.origin}/rss.xml`, atom: `${site.origin}/atom.xml` },
    generator: site.title,
  })
  for (const post of posts) {
    const url = `${site.origin}${postPath(post.slug)}`
    const author = post.author ? xmlText(formatAuthorName(post.author)) : null
    const item: Item = {
      title: xmlText(post.title),
      id: url,
      link: url,
      description: post.excerpt ? xmlText(post.excerpt) : undefined,
      content: renderPostHtml(post, url),
      date: new Date(post.modifiedAt),
      published: new Date(post.publishedAt),
      // Topics become categories, linked to their pages (RSS `domain`, Atom `scheme`).
      category: post.topics.map(topic => ({
        name: xmlText(topic.title),
        term: topic.slug,
        domain: `${site.origin}/topics/${topic.slug}`,
        scheme: `${site.origin}/topics/`,
      })),
    }
    if (author && format === 'atom')
      item.author = [
        { name: author, link: post.author?.slug ? `${site.origin}${authorPath(post.author.slug)}` : undefined },
      ]
    // RSS's <author> wants an email address, which the site does not publish: Dublin Core names the author.
    if (author && format === 'rss') item.extensions = [{ name: 'dc:creator', objects: { _text: author } }]
    feed.addItem(item)
  }
  return feed
}

export const rssFeed = (posts: FeedPost[], site: Site) => createFeed(posts, site, 'rss').rss2()
export const atomFeed = (posts: FeedPost[], site: Site) => createFeed(posts, site, 'atom').atom1()
