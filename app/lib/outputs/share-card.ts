// What a page's share image is: a photo she chose, cropped to 1200×630 by Sanity's image pipeline, or the
// generated card, at a URL that changes whenever the card would. Pure, so meta functions can use it.
import { createImageUrlBuilder } from '@sanity/image-url'

import type { AuthorPage, ImageRef, Post, SiteSettings } from '../content/types.ts'
import { formatAuthorName } from '../names.ts'

export const SHARE_IMAGE_WIDTH = 1200
export const SHARE_IMAGE_HEIGHT = 630
/** Part of every generated image's version: bump it when the card's design changes. */
export const SHARE_CARD_DESIGN = 1
export const BLOG_DESCRIPTION = 'Articles on mental health, relationships and mind-body wellbeing from Well Mind Body.'

export interface ShareCard {
  siteTitle: string
  title: string
  byline: string | null
  domain: string
}

export interface ShareImage {
  url: string
  width: number
  height: number
  alt: string
  type: 'image/png'
}

/**
 * The page a generated card belongs to: `/`, `/blog`, `/blog/<slug>`, `/authors/<slug>`, `/services`,
 * `/services/<slug>`, `/topics/<slug>`, `/about`, `/contact`, or a standalone page's `/<slug>`.
 */
export type CardPage = string

export const hostOf = (origin: string) => new URL(origin).host.replace(/^www\./, '')

export function postCard(post: Pick<Post, 'title' | 'author'>, site: Pick<SiteSettings, 'title'>, origin: string) {
  return {
    siteTitle: site.title,
    title: post.title,
    byline: post.author ? formatAuthorName(post.author) : null,
    domain: hostOf(origin),
  }
}

export function authorCard(page: Pick<AuthorPage, 'author'>, site: Pick<SiteSettings, 'title'>, origin: string) {
  return {
    siteTitle: site.title,
    title: formatAuthorName(page.author),
    byline: page.author.role,
    domain: hostOf(origin),
  }
}

export function siteCard(site: Pick<SiteSettings, 'title' | 'description'>, page: '/' | '/blog', origin: string) {
  return {
    siteTitle: site.title,
    title: page === '/blog' ? BLOG_DESCRIPTION : (site.description ?? site.title),
    byline: page === '/blog' ? 'Blog' : null,
    domain: hostOf(origin),
  }
}

/** What a practice page's card says: its title, and the section it belongs to. */
export interface PageCardText {
  title: string
  section: string | null
}

/**
 * Each practice page's card text, in one place: the routes' head tags and the share-image service (which
 * draws the card again from the content) both take it from here, so the two can never disagree.
 */
export const practiceCardText = {
  services: (): PageCardText => ({ title: 'Services', section: null }),
  contact: (): PageCardText => ({ title: 'Contact', section: null }),
  about: (founder: Parameters<typeof formatAuthorName>[0]): PageCardText => ({
    title: formatAuthorName(founder),
    section: 'About',
  }),
  service: (service: { title: string }): PageCardText => ({ title: service.title, section: 'Services' }),
  topic: (topic: { title: string }): PageCardText => ({ title: topic.title, section: 'Topic' }),
  page: (page: { title: string }): PageCardText => ({ title: page.title, section: null }),
}

/** A practice page's card (a service, a topic, about, contact, a standalone page): its title, and its section. */
export function pageCard(page: PageCardText, site: Pick<SiteSettings, 'title'>, origin: string): ShareCard {
  return { siteTitle: site.title, title: page.title, byline: page.section, domain: hostOf(origin) }
}

/** cyrb53: a fast 53-bit string hash, the same in the browser and on the server. Not for secrets. */
function hash(text: string): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)
}

/** The version in a generated card's URL: the document's revision, the card's text and the design. */
export function cardVersion(card: ShareCard, rev: string | null): string {
  return hash(JSON.stringify([SHARE_CARD_DESIGN, rev, card]))
}

/** `/share-images/blog/<slug>/<version>.png`; the home page's card lives at `/share-images/home/…`. */
export function cardPath(page: CardPage, version: string): string {
  return `/share-images${page === '/' ? '/home' : page}/${version}.png`
}

/** The page and version a card URL names, or null for anything else. */
export function parseCardPath(path: string): { page: CardPage; version: string } | null {
  const match = /^\/share-images(\/.+)\/([a-z0-9]{1,16})\.png$/.exec(path)
  if (!match?.[1] || !match[2]) return null
  const page = match[1] === '/home' ? '/' : match[1]
  return /^\/((blog|services)(\/[^/]+)?|(authors|topics)\/[^/]+|[^/]+)$|^\/$/.test(page)
    ? { page, version: match[2] }
    : null
}

export function generatedImage(page: CardPage, card: ShareCard, rev: string | null, origin: string): ShareImage {
  return {
    url: `${origin}${cardPath(page, cardVersion(card, rev))}`,
    width: SHARE_IMAGE_WIDTH,
    height: SHARE_IMAGE_HEIGHT,
    alt: [card.title, card.byline, card.siteTitle].filter(Boolean).join(' · '),
    type: 'image/png',
  }
}

// https://cdn.sanity.io/images/<project>/<dataset>/<hash>-<w>x<h>.<ext>: the asset's own URL names its project.
const SANITY_IMAGE = /^https:\/\/cdn\.sanity\.io\/images\/([a-z0-9-]+)\/([a-z0-9_-]+)\/([a-f0-9]+)-(\d+x\d+)\.(\w+)$/

/** A photo cropped to 1200×630 through Sanity's image pipeline (honouring her crop and hotspot), or null. */
export function pipelineImage(image: ImageRef | null): ShareImage | null {
  const match = image ? SANITY_IMAGE.exec(image.url) : null
  if (!image || !match) return null
  const [, projectId = '', dataset = '', id, size, extension] = match
  const url = createImageUrlBuilder({ projectId, dataset })
    .image({
      asset: { _ref: `image-${id}-${size}-${extension}` },
      ...(image.crop ? { crop: image.crop } : {}),
      ...(image.hotspot ? { hotspot: image.hotspot } : {}),
    })
    .width(SHARE_IMAGE_WIDTH)
    .height(SHARE_IMAGE_HEIGHT)
    .fit('crop')
    .format('png')
    .url()
  return { url, width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT, alt: image.alt, type: 'image/png' }
}

/** An article's share image: her share image, else the main image, else the generated card. */
export function postShareImage(post: Post, site: SiteSettings, origin: string): ShareImage {
  return (
    pipelineImage(post.seo.image) ??
    pipelineImage(post.mainImage) ??
    generatedImage(`/blog/${post.slug}`, postCard(post, site, origin), post.rev, origin)
  )
}
