// Site search, the 404's suggestions and related articles, over the published posts as one version of them.
// The query cache hands back the same documents until the invalidation module drops them (a post, topic or
// author changed: the tags `posts`, `topics`, `authors`); the next call then works from the new ones. So each
// thing built here exists once per process and per dataset version, is never built per request, and has no
// cache of its own to drop. Drafts never reach it: it reads the published content, in a preview session too.
import type { ContentService } from '../content/content.server.ts'
import { noteTags } from '../server/request-scope.ts'
import { relatedPosts } from './related.ts'
import { createSearchIndex, type SearchDocument, type SearchIndex, type SearchPage } from './search-index.ts'

export const RELATED_LIMIT = 3
// Related lists are kept with room for the neighbours the article already links (Previous and Next).
const RELATED_KEPT = RELATED_LIMIT + 2

export interface SearchService {
  search(query: string, page: number): Promise<SearchPage | null>
  /** Up to `limit` articles matching these words, best first (the 404 page's suggestions). */
  suggest(words: string[], limit?: number): Promise<SearchDocument[]>
  /** Up to three articles related to this one, leaving out the ones it already links as Previous and Next. */
  related(postId: string, neighbours: readonly string[]): Promise<SearchDocument[]>
}

interface Version {
  documents: SearchDocument[]
  /** The full-text index, built when a search first needs it: an article's related list does not wait for it. */
  index: () => SearchIndex
  byId: Map<string, SearchDocument>
  related: Map<string, SearchDocument[]>
}

export function createSearchService(content: Pick<ContentService, 'listSearchDocuments'>): SearchService {
  const versions = new WeakMap<SearchDocument[], Version>()

  async function current(options?: { note?: boolean }): Promise<Version> {
    const documents = await content.listSearchDocuments(options)
    let version = versions.get(documents)
    if (!version) {
      let index: SearchIndex | undefined
      version = {
        documents,
        index: () => (index ??= createSearchIndex(documents)),
        byId: new Map(documents.map(document => [document.id, document])),
        related: new Map(),
      }
      versions.set(documents, version)
    }
    return version
  }

  return {
    async search(query, page) {
      return (await current()).index().search(query, page)
    },
    async suggest(words, limit = 3) {
      return (await current()).index().suggest(words, limit)
    },
    async related(postId, neighbours) {
      // An article is filed under the articles it shows, not under every post: editing one article leaves the
      // other articles' cached pages alone (ADR 014). A new article that would now be related shows once the
      // page is built again.
      const version = await current({ note: false })
      const post = version.byId.get(postId)
      if (!post) return []
      let kept = version.related.get(postId)
      if (!kept) {
        kept = relatedPosts(version.documents, post, { limit: RELATED_KEPT })
        version.related.set(postId, kept)
      }
      const shown = kept.filter(candidate => !neighbours.includes(candidate.id)).slice(0, RELATED_LIMIT)
      noteTags([`doc:${postId}`, ...shown.map(candidate => `doc:${candidate.id}`)])
      return shown
    },
  }
}
