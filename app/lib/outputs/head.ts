// Head tags for every page kind: title, description, canonical, Open Graph, Twitter, robots, feeds, JSON-LD.
// One function, so that every page says the same things the same way.
import type { MetaDescriptor } from '@remix-run/node'

import type { ShareImage } from './share-card.ts'

export interface PageHead {
  site: { title: string; origin: string }
  /** The canonical path (see canonicalPath): never the request's own query string. */
  path: string
  /** The page's own title; the document title adds " | <site>" unless this is the site's title. */
  title: string
  description: string | null
  type: 'website' | 'article' | 'profile'
  image: ShareImage
  article?: { publishedTime: string; modifiedTime: string; authorUrl: string | null }
  noindex?: boolean
  jsonLd?: object
}

export function headTags(head: PageHead): MetaDescriptor[] {
  const url = `${head.site.origin}${head.path}`
  const documentTitle = head.title === head.site.title ? head.title : `${head.title} | ${head.site.title}`
  const described = head.description
    ? [
        { name: 'description', content: head.description },
        { property: 'og:description', content: head.description },
        { name: 'twitter:description', content: head.description },
      ]
    : []
  const article = head.article
    ? [
        { property: 'article:published_time', content: head.article.publishedTime },
        { property: 'article:modified_time', content: head.article.modifiedTime },
        ...(head.article.authorUrl ? [{ property: 'article:author', content: head.article.authorUrl }] : []),
      ]
    : []
  return [
    { title: documentTitle },
    ...described,
    { tagName: 'link', rel: 'canonical', href: url },
    ...(head.noindex ? [{ name: 'robots', content: 'noindex' }] : []),
    { property: 'og:site_name', content: head.site.title },
    { property: 'og:type', content: head.type },
    { property: 'og:title', content: head.title },
    { property: 'og:url', content: url },
    { property: 'og:image', content: head.image.url },
    { property: 'og:image:type', content: head.image.type },
    { property: 'og:image:width', content: String(head.image.width) },
    { property: 'og:image:height', content: String(head.image.height) },
    { property: 'og:image:alt', content: head.image.alt },
    { property: 'og:locale', content: 'en_US' },
    ...article,
    { name: 'twitter:card', content: 'summary_large_image' },
    { name: 'twitter:title', content: head.title },
    { name: 'twitter:image', content: head.image.url },
    { name: 'twitter:image:alt', content: head.image.alt },
    ...feedLinks(head.site),
    ...(head.jsonLd ? [{ 'script:ld+json': head.jsonLd }] : []),
  ]
}

/** The feeds, announced on every page so that feed readers find them from any address. */
export function feedLinks(site: { title: string; origin: string }): MetaDescriptor[] {
  return [
    {
      tagName: 'link',
      rel: 'alternate',
      type: 'application/rss+xml',
      title: site.title,
      href: `${site.origin}/rss.xml`,
    },
    {
      tagName: 'link',
      rel: 'alternate',
      type: 'application/atom+xml',
      title: site.title,
      href: `${site.origin}/atom.xml`,
    },
  ]
}
