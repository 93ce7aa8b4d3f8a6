// Related articles: those sharing the most topics (by slug) and references (by citation id) with a post, the two
// counted together. Pure; the caller computes them once per dataset version (docs/decisions/017-search.md).
import type { SearchDocument } from './search-index.ts'

const DEFAULT_LIMIT = 3

// A topic and a reference with the same string must not count as one shared thing.
const keysOf = (doc: SearchDocument) => [
  ...doc.topics.map(topic => `topic:${topic.slug}`),
  ...doc.citations.map(id => `citation:${id}`),
]

interface Candidate {
  doc: SearchDocument
  shared: number
  time: number
}

// Most shared first, then newer, then by id descending: the site's one total order of posts.
const better = (a: Candidate, b: Candidate) =>
  a.shared !== b.shared ? a.shared > b.shared : a.time !== b.time ? a.time > b.time : a.doc.id > b.doc.id

/** The best `limit` items, best first, without sorting them all: `limit` is small, the items many. */
function topOf<T>(items: Iterable<T>, limit: number, isBetter: (a: T, b: T) => boolean): T[] {
  const best: T[] = []
  if (limit < 1) return best
  for (const item of items) {
    if (best.length === limit && !isBetter(item, best[limit - 1]!)) continue
    let at = best.length
    while (at > 0 && isBetter(item, best[at - 1]!)) at--
    best.splice(at, 0, item)
    if (best.length > limit) best.pop()
  }
  return best
}

/** Up to `limit` documents sharing at least one topic or reference with `post`; never the post nor `exclude`. */
export function relatedPosts(
  documents: SearchDocument[],
  post: SearchDocument,
  { exclude = [], limit = DEFAULT_LIMIT }: { exclude?: string[]; limit?: number } = {},
): SearchDocument[] {
  const keys = new Set(keysOf(post))
  const left = new Set([post.id, ...exclude])
  function* candidates(): Generator<Candidate> {
    for (const doc of documents) {
      if (left.has(doc.id)) continue
      const shared = new Set(keysOf(doc).filter(key => keys.has(key))).size
      if (shared > 0) yield { doc, shared, time: Date.parse(doc.publishedAt) }
    }
  }
  return topOf(candidates(), limit, better).map(candidate => candidate.doc)
}
