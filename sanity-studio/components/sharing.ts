// What a shared link shows, computed from the article as the site computes its share tags: the article's own
// title, summary and main image unless the "Search & sharing" fields replace them. Pure, for the share card
// preview and the character counters.
import { createImageUrlBuilder } from '@sanity/image-url'

// Where the platforms cut (LinkedIn, Facebook and Slack cards, at desktop width): about two lines of title,
// about two lines of description. Decision 005.
export const CARD_TITLE_MAX = 70
export const CARD_DESCRIPTION_MAX = 160
export const SHARE_IMAGE = { width: 1200, height: 630 } // 1.91:1
export const DEFAULT_DOMAIN = 'wellmindbody.co'

export interface ImageValue {
  asset?: { _ref?: string }
  crop?: object
  hotspot?: object
  alt?: string
}

export interface ShareSource {
  title?: string
  excerpt?: string
  mainImage?: ImageValue
  seo?: { title?: string; description?: string; image?: ImageValue }
}

export interface ShareValues {
  title: string
  description: string
  image: ImageValue | null
}

/** "42 / 60 characters", and whether it is past the limit. */
export function characterCount(value: unknown, limit: number): { text: string; over: boolean } {
  const length = typeof value === 'string' ? value.trim().length : 0
  return { text: `${length} / ${limit} characters`, over: length > limit }
}

/** The text as a card shows it: whole, or cut at the last word that fits, with "…" (which counts). */
export function cutForCard(text: string, max: number): string {
  const clean = text.trim().replace(/\s+/g, ' ')
  if (clean.length <= max) return clean
  const room = clean.slice(0, max) // one character is kept for "…"
  const lastSpace = room.lastIndexOf(' ')
  const cut = lastSpace > 0 ? room.slice(0, lastSpace) : room.slice(0, max - 1)
  return `${cut.replace(/[\s,;:.–—-]+$/, '')}…`
}

const filled = (value: string | undefined) => (value?.trim() ? value.trim() : undefined)
const hasAsset = (image: ImageValue | undefined): image is ImageValue => Boolean(image?.asset?._ref)

/** The values a shared link carries: each override wins over its default. */
export function shareValues({ title, excerpt, mainImage, seo }: ShareSource): ShareValues {
  return {
    title: filled(seo?.title) ?? filled(title) ?? '',
    description: filled(seo?.description) ?? filled(excerpt) ?? '',
    image: hasAsset(seo?.image) ? seo.image : hasAsset(mainImage) ? mainImage : null,
  }
}

/** The share image as the site serves it: 1200×630, cropped to the editor's crop and hotspot. */
export function shareImageUrl(image: ImageValue, project: { projectId: string; dataset: string }): string {
  return createImageUrlBuilder(project)
    .image(image as never)
    .width(SHARE_IMAGE.width)
    .height(SHARE_IMAGE.height)
    .fit('crop')
    .url()
}

/** "wellmindbody.co" from "https://www.wellmindbody.co/", as the platforms print the site under the image. */
export function siteDomain(siteUrl: unknown): string {
  if (typeof siteUrl !== 'string' || siteUrl.trim() === '') return DEFAULT_DOMAIN
  try {
    return new URL(siteUrl).hostname.replace(/^www\./, '') || DEFAULT_DOMAIN
  } catch {
    return DEFAULT_DOMAIN
  }
}

/** "Elizabeth Miller, Ph.D., LPC-S, LMFT": the byline of the generated share image. */
export function authorLine(author: { name?: string; credentials?: string } | null | undefined): string {
  return [filled(author?.name), filled(author?.credentials)].filter(Boolean).join(', ')
}
