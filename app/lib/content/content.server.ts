import type { z } from 'zod'

import { AUTHOR_BY_SLUG_QUERY, POST_BY_SLUG_QUERY, POST_PAGE_QUERY, SITE_SETTINGS_QUERY } from './queries.ts'
import { authorPageResult, postPageResult, postResult, siteSettingsResult } from './schemas.server.ts'
import type { ContentSource, Perspective, QueryParams } from './source.server.ts'
import type { AuthorPage, Post, PostPage, SiteSettings } from './types.ts'

export const POSTS_PER_PAGE = 10
const FALLBACK_SITE_TITLE = 'Well Mind Body'

export class ContentDriftError extends Error {
  override name = 'ContentDriftError'
}

export interface ContentService {
  /** One page of the blog index, or null when the page does not exist. */
  listPosts(page: number): Promise<PostPage | null>
  getPost(slug: string): Promise<Post | null>
  getAuthorPage(slug: string): Promise<AuthorPage | null>
  getSiteSettings(): Promise<SiteSettings>
}

export function createContentService({
  source,
  perspective = 'published',
}: {
  source: ContentSource
  perspective?: Perspective
}): ContentService {
  async function run<S extends z.ZodType>(name: string, query: string, params: QueryParams, schema: S) {
    const raw = await source.fetch(query, params, { perspective })
    const result = schema.safeParse(raw)
    if (result.success) return result.data as z.output<S>
    const problems = result.error.issues.map(issue => `  ${issue.path.join('.') || '(result)'}: ${issue.message}`)
    throw new ContentDriftError(`${name} returned content that does not match the model:\n${problems.join('\n')}`)
  }

  return {
    async listPosts(page) {
      if (!Number.isInteger(page) || page < 1) return null
      const start = (page - 1) * POSTS_PER_PAGE
      const params = { start, end: start + POSTS_PER_PAGE }
      const { total, posts } = await run('POST_PAGE_QUERY', POST_PAGE_QUERY, params, postPageResult)
      const pageCount = Math.max(1, Math.ceil(total / POSTS_PER_PAGE))
      if (page > pageCount) return null
      return { posts, page, pageCount, total }
    },
    async getPost(slug) {
      if (!slug) return null
      return run('POST_BY_SLUG_QUERY', POST_BY_SLUG_QUERY, { slug }, postResult)
    },
    async getAuthorPage(slug) {
      if (!slug) return null
      return run('AUTHOR_BY_SLUG_QUERY', AUTHOR_BY_SLUG_QUERY, { slug }, authorPageResult)
    },
    async getSiteSettings() {
      const settings = await run('SITE_SETTINGS_QUERY', SITE_SETTINGS_QUERY, {}, siteSettingsResult)
      return {
        title: settings?.title || FALLBACK_SITE_TITLE,
        description: settings?.description ?? null,
        siteUrl: settings?.siteUrl ?? null,
      }
    },
  }
}
