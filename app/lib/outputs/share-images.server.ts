// Generated share images, made once per version and kept per process (registered with the invalidation
// module, though a version never goes stale: a changed article has a new URL).
import { classifyPath } from '../redirects.ts'
import type { ContentService } from '../content/content.server.ts'
import { createTaggedMap, type Invalidation } from '../invalidation/index.ts'
import {
  authorCard,
  cardPath,
  cardVersion,
  pageCard,
  parseCardPath,
  postCard,
  practiceCardText,
  siteCard,
  type PageCardText,
  type ShareCard,
} from './share-card.ts'
import { renderShareCard } from './share-image.server.tsx'

const KEPT_IMAGES = 200 // about 50 KB each

export type ShareImageResult =
  | { kind: 'image'; png: Buffer }
  // An older version of a card that still exists: send the platform to the current one.
  | { kind: 'moved'; to: string }

export interface ShareImages {
  get(path: string, origin: string): Promise<ShareImageResult | null>
}

export function createShareImages({
  content,
  invalidation,
}: {
  content: ContentService
  invalidation: Invalidation
}): ShareImages {
  const images = createTaggedMap<Promise<Buffer>>(KEPT_IMAGES)
  invalidation.register('share-images', images)

  async function cardOf(
    page: string,
    origin: string,
  ): Promise<{ card: ShareCard; rev: string | null; tags: string[] } | null> {
    const site = await content.getSiteSettings()
    if (page === '/' || page === '/blog') return { card: siteCard(site, page, origin), rev: site.rev, tags: ['site'] }
    const kind = classifyPath(page)
    if (kind.kind === 'post') {
      const post = await content.getPost(kind.slug)
      return post ? { card: postCard(post, site, origin), rev: post.rev, tags: [`doc:${post.id}`, 'site'] } : null
    }
    if (kind.kind === 'author') {
      const author = await content.getAuthorPage(kind.slug)
      return author
        ? { card: authorCard(author, site, origin), rev: author.rev, tags: [`doc:${author.author.id}`, 'site'] }
        : null
    }
    const practice = await practiceCard(page)
    return practice
      ? { card: pageCard(practice.card, site, origin), rev: null, tags: [...practice.tags, 'site'] }
      : null
  }

  // The practice's pages: the card text their routes give practicePageHead, from the same table.
  async function practiceCard(page: string): Promise<{ card: PageCardText; tags: string[] } | null> {
    if (page === '/services') return { card: practiceCardText.services(), tags: [] }
    if (page === '/contact') return { card: practiceCardText.contact(), tags: [] }
    if (page === '/about') {
      const { founderSlug } = await content.getSiteSettings()
      const founder = founderSlug ? await content.getAuthorPage(founderSlug) : null
      return founder ? { card: practiceCardText.about(founder.author), tags: [`doc:${founder.author.id}`] } : null
    }
    const [, section, slug = ''] = /^\/(?:(services|topics)\/)?([^/]+)$/.exec(page) ?? []
    if (section === 'services') {
      const service = await content.getService(slug)
      return service ? { card: practiceCardText.service(service), tags: [`doc:${service.id}`] } : null
    }
    if (section === 'topics') {
      const topic = await content.getTopicPage(slug)
      return topic ? { card: practiceCardText.topic(topic), tags: [`doc:${topic.id}`] } : null
    }
    const standalone = slug ? await content.getPage(slug) : null
    return standalone ? { card: practiceCardText.page(standalone), tags: [`doc:${standalone.id}`] } : null
  }

  return {
    async get(path, origin) {
      const wanted = parseCardPath(path)
      const found = wanted && (await cardOf(wanted.page, origin))
      if (!wanted || !found) return null
      const version = cardVersion(found.card, found.rev)
      if (version !== wanted.version) return { kind: 'moved', to: cardPath(wanted.page, version) }
      const key = `${wanted.page}@${version}`
      let png = images.get(key)
      if (!png) {
        png = renderShareCard(found.card)
        images.set(key, png, found.tags)
        png.catch(() => images.drop(found.tags))
      }
      return { kind: 'image', png: await png }
    },
  }
}
