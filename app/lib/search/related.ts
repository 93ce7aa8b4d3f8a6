// Related articles: those sharing the most topics (by slug) and references (by citation id) with a post, the two
// counted together. Pure; the caller computes them once per dataset version (docs/decisions/017-search.md).
import type { SearchDocument } from './search-index.ts'

const DEFAULT_LIMIT = 3
const LEFT_OUT = -(2 ** 30)

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

/** `relatedPosts` for every document at once, each leaving out its own `neighbours` (its Previous and Next). */
export function relatedForAll(
  documents: SearchDocument[],
  neighbours: (id: string) => string[],
  limit = DEFAULT_LIMIT,
): Map<string, SearchDocument[]> {
  // Through postings (key → positions of the documents holding it): each post meets only the documents it shares
  // something with, counted in one typed array reset after each post. The post and its neighbours start at
  // LEFT_OUT, so they never reach a count of one.
  const postings = new Map<string, number[]>()
  const positions = new Map<string, number[]>()
  documents.forEach((doc, at) => {
    positions.set(doc.id, [...(positions.get(doc.id) ?? []), at])
    for (const key of new Set(keysOf(doc))) {
      const list = postings.get(key)
      if (list) list.push(at)
      else postings.set(key, [at])
    }
  })
  const times = documents.map(doc => Date.parse(doc.publishedAt))
  const shared = new Int32Array(documents.length)
  // `better`, over positions: this runs once for every pair of documents that share something.
  const isBetter = (a: number, b: number) =>
    shared[a] !== shared[b]
      ? shared[a]! > shared[b]!
      : times[a] !== times[b]
        ? times[a]! > times[b]!
        : documents[a]!.id > documents[b]!.id
  const related = new Map<string, SearchDocument[]>()
  for (const post of documents) {
    const left = [post.id, ...neighbours(post.id)].flatMap(id => positions.get(id) ?? [])
    for (const at of left) shared[at] = LEFT_OUT
    const met: number[] = []
    for (const key of new Set(keysOf(post))) for (const at of postings.get(key)!) if (shared[at]!++ === 0) met.push(at)
    related.set(
      post.id,
      topOf(met, limit, isBetter).map(at => documents[at]!),
    )
    for (const at of met) shared[at] = 0
    for (const at of left) shared[at] = 0
  }
  return related
}
