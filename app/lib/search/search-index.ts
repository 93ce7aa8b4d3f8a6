// Site search: one MiniSearch index per dataset version, searched many times (docs/decisions/017-search.md).
// Pure: the caller builds it from the content layer and drops it through the invalidation module.
import MiniSearch, { type SearchOptions, type SearchResult } from 'minisearch'
import { stemmer } from 'stemmer'

export interface SearchDocument {
  id: string
  slug: string
  title: string
  excerpt: string
  /** The article's text, as plain text. */
  body: string
  topics: { title: string; slug: string }[]
  author: string | null
  publishedAt: string // ISO instant
  /** Ids of the references the article lists or cites. */
  citations: string[]
}
/** Text split into runs; `match` runs are the words a query found. Plain text: the caller renders text nodes. */
export type HighlightedText = Array<{ text: string; match?: true }>
export interface SearchHit {
  id: string
  slug: string
  title: HighlightedText
  excerpt: HighlightedText
  publishedAt: string
}
/** `pages` is at least 1: page 1 of no results exists, and is empty. */
export interface SearchPage {
  query: string
  page: number
  pages: number
  total: number
  hits: SearchHit[]
}
export interface SearchIndex {
  /** One page of results (1-based), or null when that page does not exist (page 1 of no results exists, empty). */
  search(query: string, page?: number): SearchPage | null
  /** Up to `limit` documents matching any of these words (for the 404 page's suggestions), best first. */
  suggest(words: string[], limit?: number): SearchDocument[]
  readonly size: number
}

export const RESULTS_PER_PAGE = 10
export const MAX_QUERY_LENGTH = 200
/** The words of a query that are searched: the first eight distinct ones. */
export const MAX_TERMS = 8

// Words, with an inner apostrophe kept ("don't", "teen's"); hyphens and other punctuation split.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu
// Only the words that would match nearly everything as a prefix or carry no meaning; BM25 weighs the rest.
const STOP_WORDS = new Set(
  'a an and are as at be by for from has have how i in is it its of on or our so that the this to was we what when with you your'.split(
    ' ',
  ),
)

const tokenize = (text: string): string[] => text.match(WORD) ?? []

/** The one term of a word, at indexing, searching and highlighting alike: folded, possessive dropped, stemmed. */
function termOf(word: string): string | null {
  const folded = word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/, '')
  if (folded.length < 2 || STOP_WORDS.has(folded)) return null
  return stemmer(folded.replace(/’/g, "'"))
}

// Distance 2 from 7 letters on: "anxeity" is a transposition, two edits in MiniSearch's Levenshtein distance
// (its fuzzy 0.2 rounds to 1 there and misses it). Short terms stay strict, or "teen" would find "then".
const fuzzyDistance = (term: string) => (term.length >= 7 ? 2 : term.length >= 4 ? 1 : false)

/** Marks every word whose term is one the query matched in this document; the runs join back to `text`. */
function highlight(text: string, terms: ReadonlySet<string>): HighlightedText {
  const runs: HighlightedText = []
  let last = 0
  for (const match of text.matchAll(WORD)) {
    const term = termOf(match[0])
    if (term === null || !terms.has(term)) continue
    if (match.index > last) runs.push({ text: text.slice(last, match.index) })
    runs.push({ text: match[0], match: true })
    last = match.index + match[0].length
  }
  if (last < text.length) runs.push({ text: text.slice(last) })
  return runs
}

export function createSearchIndex(documents: SearchDocument[]): SearchIndex {
  // Stems are memoised while building only: a query-side cache would grow with whatever readers type.
  const stems = new Map<string, string | null>()
  const miniSearch = new MiniSearch<SearchDocument>({
    fields: ['title', 'topics', 'excerpt', 'author', 'body'],
    tokenize,
    processTerm: word => {
      let term = stems.get(word)
      if (term === undefined) stems.set(word, (term = termOf(word)))
      return term
    },
    extractField: (doc, field) =>
      field === 'topics'
        ? doc.topics.map(topic => topic.title).join(' ')
        : (doc[field as keyof SearchDocument] as string),
  })
  miniSearch.addAll(documents)
  // A word the articles contain is taken as meant: typo matches only for the others. That keeps "sleep" from
  // finding "steep", and a common word from walking every near neighbour's postings.
  const vocabulary = new Set<string>()
  for (const term of stems.values()) if (term !== null) vocabulary.add(term)
  stems.clear()
  const options: SearchOptions = {
    boost: { title: 5, topics: 3, excerpt: 2, author: 1.5, body: 1 },
    prefix: term => term.length >= 3,
    fuzzy: term => !vocabulary.has(term) && fuzzyDistance(term),
    processTerm: termOf,
  }
  // The documents themselves, not copies: the index adds only its postings to what the caller holds.
  const byId = new Map(documents.map(doc => [doc.id, { doc, time: Date.parse(doc.publishedAt) }]))
  const entry = (result: SearchResult) => byId.get(result.id as string)!
  const newerFirst = (a: SearchResult, b: SearchResult) => {
    const [x, y] = [entry(a), entry(b)]
    return y.time - x.time || (x.doc.id < y.doc.id ? 1 : -1)
  }
  // MiniSearch sorts by score; equal scores go newest first, then by id descending (the site's one order of
  // posts), so a page never reshuffles between requests. Only the runs of equal scores are sorted again.
  const ranked = (results: SearchResult[]) => {
    for (let start = 0, end = 1; start < results.length; start = end++) {
      while (end < results.length && results[end]!.score === results[start]!.score) end++
      if (end - start > 1)
        results
          .slice(start, end)
          .sort(newerFirst)
          .forEach((r, i) => (results[start + i] = r))
    }
    return results
  }

  return {
    size: documents.length,
    search(raw, page = 1) {
      const query = raw.normalize('NFKC').trim().replace(/\s+/g, ' ')
      if (!Number.isInteger(page) || page < 1) return null
      // A bounded cost whatever was sent: each word once, the first few only (a 200-character run of word
      // starts would otherwise walk the whole vocabulary for each).
      const asked = [...new Set(query.toLowerCase().split(' '))].slice(0, MAX_TERMS).join(' ')
      // Every word first; when no article has them all, any of them, as whole words.
      let results = asked ? miniSearch.search(asked, { ...options, combineWith: 'AND' }) : []
      if (results.length === 0 && asked)
        results = miniSearch.search(asked, { ...options, combineWith: 'OR', prefix: false })
      const total = results.length
      const pages = Math.max(1, Math.ceil(total / RESULTS_PER_PAGE))
      if (page > pages) return null
      const start = (page - 1) * RESULTS_PER_PAGE
      const hits = ranked(results)
        .slice(start, start + RESULTS_PER_PAGE)
        .map(result => {
          const { doc } = entry(result)
          const terms = new Set(result.terms)
          const { id, slug, publishedAt } = doc
          return { id, slug, publishedAt, title: highlight(doc.title, terms), excerpt: highlight(doc.excerpt, terms) }
        })
      return { query, page, pages, total, hits }
    },
    suggest(words, limit = 3) {
      const query = [...new Set(words)].slice(0, MAX_TERMS).join(' ').normalize('NFKC')
      if (!query.trim() || limit < 1) return []
      // A slug's words are whole words: no prefix matches ("therapy" is not "therapist"); a typo is forgiven only
      // in a long word ("nope" is no misspelling of "hope"). Every word first, then any.
      const wordOptions: SearchOptions = {
        ...options,
        prefix: false,
        fuzzy: term => term.length >= 5 && !vocabulary.has(term) && fuzzyDistance(term),
      }
      let results = miniSearch.search(query, { ...wordOptions, combineWith: 'AND' })
      if (results.length === 0) results = miniSearch.search(query, { ...wordOptions, combineWith: 'OR' })
      return ranked(results)
        .slice(0, limit)
        .map(result => entry(result).doc)
    },
  }
}

/** What the `q` parameter asks: nothing, a query (NFKC-normalised, trimmed, spaces collapsed), or one too long / not text (lone surrogates, control characters). */
export function readQuery(
  raw: string | null,
): { kind: 'empty' } | { kind: 'query'; query: string } | { kind: 'too-long' } | { kind: 'invalid' } {
  if (raw === null) return { kind: 'empty' }
  // Tabs and newlines are spaces; other control characters, and U+FFFD (what a bad %-encoding decodes to), are
  // not text a reader typed.
  if (/[\p{Cs}\p{Cc}\uFFFD]/u.test(raw.replace(/[\t\n\r]/g, ' '))) return { kind: 'invalid' }
  // A bound before normalising a megabyte: NFKC makes at most 18 characters of one, and a query this long that
  // only spaces would bring under the limit is not one a reader typed.
  if (raw.length > MAX_QUERY_LENGTH * 18) return { kind: 'too-long' }
  const query = raw.normalize('NFKC').trim().replace(/\s+/g, ' ')
  if (query === '') return { kind: 'empty' }
  if ([...query].length > MAX_QUERY_LENGTH) return { kind: 'too-long' }
  return { kind: 'query', query }
}
