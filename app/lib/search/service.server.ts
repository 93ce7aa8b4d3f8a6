// Site search, the 404's suggestions and related articles, over one index per version of the published posts.
// The query cache hands back the same documents until the invalidation module drops them (a post, topic or
// author changed: ADR 005's tags `posts`, `topics`, `authors`); the next call then builds a new index. So the
// index exists once per process and per dataset version, is never built per request, and has no cache of its own
// to drop. Drafts never reach it: it reads the published content, in a preview session too.
import type { ContentService } from '../content/content.server.ts'
import { relatedPosts } from './related.ts'
import { createSearchIndex, type SearchDocument, type SearchIndex, type SearchPage } from './search-index.ts'

export const RELATED_LIMIT = 3
// Related lists are kept with room for the neighbours the article already links (Previous and Next).
const RELATED_KEPT = RELATED_LIMIT + 2

export interface SearchService {
  search(query: string, page: number): Promise<SearchPage | null>
  /** Up to `limit` articles matching any of these words, best first (the 404 page's suggestions). */
  suggest(words: string[], limit?: number): Promise<SearchDocument[]>
  /** Up to three articles related to this one, leaving out the ones it already links as Previous and Next. */
  related(postId: string, neighbours: readonly string[]): Promise<SearchDocument[]>
}

interface Version {
  index: SearchIndex
  byId: Map<string, SearchDocument>
  related: Map<string, SearchDocument[]>
}

export function createSearchService(content: Pick<ContentService, 'listSearchDocuments'>): SearchService {
  const versions = new WeakMap<SearchDocument[], Version>()

  async function current(): Promise<Version & { documents: SearchDocument[] }> {
    const documents = await content.listSearchDocuments()
    let version = versions.get(documents)
    if (!version) {
      version = {
        index: createSearchIndex(documents),
        byId: new Map(documents.map(document => [document.id, document])),
        related: new Map(),
      }
      versions.set(documents, version)
    }
    return { ...version, documents }
  }

  return {
    async search(query, page) {
      return (await current()).index.search(query, page)
    },
    async suggest(words, limit = 3) {
      return (await current()).index.suggest(words, limit)
    },
    async related(postId, neighbours) {
      const version = await current()
      const post = version.byId.get(postId)
      if (!post) return []
      let kept = version.related.get(postId)
      if (!kept) {
        kept = relatedPosts(version.documents, post, { limit: RELATED_KEPT })
        version.related.set(postId, kept)
      }
      return kept.filter(candidate => !neighbours.includes(candidate.id)).slice(0, RELATED_LIMIT)
    },
  }
}
