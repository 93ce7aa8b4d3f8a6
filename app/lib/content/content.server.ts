import type { z } from 'zod'

import { classifyPath, followRedirects, redirectKey, type RedirectOutcome } from '../redirects.ts'
import {
  AUTHOR_BY_SLUG_QUERY,
  FEED_QUERY,
  NEIGHBOUR_IDS_QUERY,
  NEXT_SCHEDULED_QUERY,
  PATH_IS_LIVE_QUERY,
  POST_BY_ID_QUERY,
  POST_ORDER_QUERY,
  POST_PAGE_QUERY,
  REDIRECTS_QUERY,
  RENAMED_POST_QUERY,
  SEARCH_QUERY,
  SITE_SETTINGS_QUERY,
  SITEMAP_QUERY,
} from './queries.ts'
import {
  authorPageResult,
  feedResult,
  neighbourIdsResult,
  nextScheduledResult,
  pathIsLiveResult,
  postPageResult,
  postOrderResult,
  postResult,
  redirectsResult,
  renamedPostResult,
  searchResult,
  siteSettingsResult,
  sitemapResult,
} from './schemas.server.ts'
import type { QueryCache } from './cache.server.ts'
import { FALLBACK_DISCLAIMER } from '../disclaimer.ts'
import { noteTags, noteUntagged } from '../server/request-scope.ts'
import { createPracticePages, type PracticePages } from './practice.server.ts'
import type { ContentSource, Perspective, QueryParams } from './source.server.ts'
import type { SearchDocument } from '../search/search-index.ts'
import type { AuthorPage, FeedPost, Post, PostLink, PostPage, SiteSettings, SitemapEntries } from './types.ts'

export const POSTS_PER_PAGE = 10
const FALLBACK_SITE_TITLE = 'Well Mind Body'

export class ContentDriftError extends Error {
  override name = 'ContentDriftError'
}

export interface ContentService extends PracticePages {
  /** One page of the blog index, or null when the page does not exist. */
  listPosts(page: number): Promise<PostPage | null>
  getPost(slug: string): Promise<Post | null>
  getAuthorPage(slug: string): Promise<AuthorPage | null>
  getSiteSettings(): Promise<SiteSettings>
  /** The newest public posts that are not hidden from search engines, with their whole text. */
  listFeedPosts(limit: number): Promise<FeedPost[]>
  getSitemapEntries(): Promise<SitemapEntries>
  /**
   * Every public post search engines may show, as plain text: what site search and related articles use. With
   * `note: false` the page is not filed under the whole list's tags: the caller notes what it shows.
   */
  listSearchDocuments(options?: { note?: boolean }): Promise<SearchDocument[]>
  /**
   * Where an address with no page should send the visitor: a post's earlier slug, or a redirect document,
   * followed to a live page in one hop. A loop, an over-long chain or a target that is not live is refused.
   */
  resolveRedirect(path: string): Promise<RedirectOutcome | { kind: 'dead-end'; via: string[] } | null>
  /** The ids of the public posts on either side of a post, read fresh (for invalidation). */
  getNeighbourIds(id: string): Promise<string[]>
  /** The next post scheduled to appear, read fresh. */
  getNextScheduled(): Promise<{ id: string; publishedAt: string } | null>
}

const doc = (id: string | null | undefined) => (id ? [`doc:${id}`] : [])

// Each slug's place in an order, worked out once per order (an order lives as long as its cache entry).
const positions = new WeakMap<readonly PostLink[], Map<string, number>>()
function positionsOf(order: readonly PostLink[]): Map<string, number> {
  let found = positions.get(order)
  if (!found) {
    found = new Map()
    // Two posts with one slug: the newer one has it, as the query's order gave it before.
    order.forEach((link, i) => found!.has(link.slug) || found!.set(link.slug, i))
    positions.set(order, found)
  }
  return found
}

export function createContentService({
  source,
  perspective = 'published',
  cache,
}: {
  source: ContentSource
  perspective?: Perspective
  /** Published content only: drafts (preview) are always read fresh. */
  cache?: QueryCache
}): ContentService {
  async function fetchParsed<S extends z.ZodType>(name: string, query: string, params: QueryParams, schema: S) {
    return parse(name, await source.fetch(query, params, { perspective }), schema)
  }

  function parse<S extends z.ZodType>(name: string, raw: unknown, schema: S) {
    const result = schema.safeParse(raw)
    if (result.success) return result.data as z.output<S>
    const problems = result.error.issues.map(issue => `  ${issue.path.join('.') || '(result)'}: ${issue.message}`)
    throw new ContentDriftError(`${name} returned content that does not match the model:\n${problems.join('\n')}`)
  }

  // Each result is tagged with what it shows (see app/lib/invalidation/changes.ts for what a change drops).
  function run<S extends z.ZodType>(
    name: string,
    query: string,
    params: QueryParams,
    schema: S,
    tagsOf: ((value: z.output<S>) => string[]) | 'uncached',
    options?: { note?: boolean },
  ): Promise<z.output<S>> {
    if (!cache || perspective !== 'published' || tagsOf === 'uncached') {
      noteUntagged()
      return fetchParsed(name, query, params, schema)
    }
    return cache.get(
      `${name}\u0000${JSON.stringify(params)}`,
      async () => {
        if (!source.fetchTagged) {
          const value = await fetchParsed(name, query, params, schema)
          return { value, tags: tagsOf(value) }
        }
        // With Sanity, the result also carries the sync tags that live events name.
        const { result, syncTags } = await source.fetchTagged(query, params)
        const value = parse(name, result, schema)
        return { value, tags: [...tagsOf(value), ...syncTags.map(tag => `sync:${tag}`)] }
      },
      options,
    )
  }

  /** Every public post, newest first: one query per dataset version (ADR 014). */
  const postOrder = (options?: { note?: boolean }) =>
    run('POST_ORDER_QUERY', POST_ORDER_QUERY, {}, postOrderResult, () => ['posts'], options)

  return {
    ...createPracticePages(run),
    async listPosts(page) {
      if (!Number.isInteger(page) || page < 1) return null
      const order = await postOrder()
      const total = order.length
      const pageCount = Math.max(1, Math.ceil(total / POSTS_PER_PAGE))
      if (page > pageCount) return null
      const ids = order.slice((page - 1) * POSTS_PER_PAGE, page * POSTS_PER_PAGE).map(link => link.id)
      const posts = ids.length
        ? await run('POST_PAGE_QUERY', POST_PAGE_QUERY, { ids }, postPageResult, () => ['posts'])
        : []
      return { posts, page, pageCount, total }
    },
    async getPost(slug) {
      if (!slug) return null
      // The order, once per dataset version; a page notes only the neighbours it shows, not every post.
      const order = await postOrder({ note: false })
      const at = positionsOf(order).get(slug)
      if (at === undefined) {
        noteTags(['posts'])
        return null
      }
      const previous = order[at - 1] ?? null
      const next = order[at + 1] ?? null
      noteTags([...doc(previous?.id), ...doc(next?.id)])
      const post = await run('POST_BY_ID_QUERY', POST_BY_ID_QUERY, { id: order[at]!.id }, postResult, found =>
        found
          ? [
              ...doc(found.id),
              ...doc(found.author?.id),
              ...doc(found.reviewedBy?.id),
              ...found.topics.flatMap(topic => doc(topic.id)),
              ...found.citations.flatMap(citation => doc(citation.id)),
            ]
          : ['posts'],
      )
      return post ? { ...post, previous, next } : null
    },
    async getAuthorPage(slug) {
      if (!slug) return null
      return run('AUTHOR_BY_SLUG_QUERY', AUTHOR_BY_SLUG_QUERY, { slug }, authorPageResult, page =>
        page ? [...doc(page.author.id), 'posts'] : ['authors'],
      )
    },
    async getSiteSettings() {
      const settings = await run('SITE_SETTINGS_QUERY', SITE_SETTINGS_QUERY, {}, siteSettingsResult, () => ['site'])
      return {
        title: settings?.title || FALLBACK_SITE_TITLE,
        description: settings?.description ?? null,
        siteUrl: settings?.siteUrl ?? null,
        rev: settings?.rev ?? null,
        modifiedAt: settings?.modifiedAt ?? null,
        intro: settings?.intro ?? null,
        specialties: settings?.specialties ?? [],
        contact: { phone: settings?.phone ?? null, email: settings?.email ?? null, address: settings?.address ?? null },
        disclaimer: settings?.disclaimer?.trim() || FALLBACK_DISCLAIMER,
        founderSlug: settings?.founderSlug ?? null,
      }
    },
    listFeedPosts(limit) {
      return run('FEED_QUERY', FEED_QUERY, { limit }, feedResult, posts => [
        'posts',
        'topics',
        ...posts.flatMap(post => post.citations.flatMap(citation => doc(citation.id))),
      ])
    },
    listSearchDocuments(options) {
      return run('SEARCH_QUERY', SEARCH_QUERY, {}, searchResult, () => ['posts', 'topics', 'authors'], options)
    },
    getSitemapEntries() {
      return run('SITEMAP_QUERY', SITEMAP_QUERY, {}, sitemapResult, () => [
        'posts',
        'authors',
        'site',
        'topics',
        'services',
        'pages',
      ])
    },
    async resolveRedirect(path) {
      const rules = new Map(
        (await run('REDIRECTS_QUERY', REDIRECTS_QUERY, {}, redirectsResult, () => ['redirects'])).map(rule => [
          redirectKey(rule.from),
          rule,
        ]),
      )
      const isLive = async (target: string) => {
        const kind = classifyPath(target)
        if (kind.kind === 'page') return true
        if (kind.kind === 'other') return false
        return run(
          'PATH_IS_LIVE_QUERY',
          PATH_IS_LIVE_QUERY,
          { kind: kind.kind, slug: kind.slug },
          pathIsLiveResult,
          () => ['posts', 'authors'],
        )
      }
      const outcome = await followRedirects(path, async current => {
        // A live page always wins over a redirect, even in the middle of a chain.
        if (current !== path && (await isLive(current))) return null
        const rule = rules.get(redirectKey(current))
        if (rule) return rule
        const kind = classifyPath(current)
        if (kind.kind !== 'post') return null
        const slug = await run('RENAMED_POST_QUERY', RENAMED_POST_QUERY, { slug: kind.slug }, renamedPostResult, () => [
          'posts',
        ])
        return slug && slug !== kind.slug ? { to: `/blog/${slug}`, permanent: true } : null
      })
      if (outcome?.kind === 'redirect' && !(await isLive(outcome.to))) return { kind: 'dead-end', via: outcome.via }
      return outcome
    },
    getNeighbourIds(id) {
      return run('NEIGHBOUR_IDS_QUERY', NEIGHBOUR_IDS_QUERY, { id }, neighbourIdsResult, 'uncached')
    },
    getNextScheduled() {
      return run('NEXT_SCHEDULED_QUERY', NEXT_SCHEDULED_QUERY, {}, nextScheduledResult, 'uncached')
    },
  }
}
