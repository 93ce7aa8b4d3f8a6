import { authorKeys, authorsOf, clean, compareText, compareWords } from './names'
import type { Citation } from './types'

interface SortKey {
  citation: Citation
  authors: string[][]
  year: number
  title: string
}

/**
 * The order of an APA 7 reference list (§9.44–9.47): by the first author's surname then initials, then by
 * each following author, so a one-author work precedes a multi-author work beginning with the same name;
 * then by year, undated works first; then by title, ignoring a leading "A", "An" or "The". Keys are
 * computed once per citation, not once per comparison.
 */
export function sortCitations(citations: Citation[]): Citation[] {
  return citations
    .map((citation): SortKey => ({
      citation,
      authors: authorKeyList(citation),
      year: sortYear(citation),
      title: sortTitle(citation),
    }))
    .sort((a, b) => compareAuthors(a.authors, b.authors) || a.year - b.year || compareText(a.title, b.title))
    .map(key => key.citation)
}

function compareAuthors(keysA: string[][], keysB: string[][]): number {
  for (let i = 0; i < Math.min(keysA.length, keysB.length); i++) {
    const order = compareWords(keysA[i] ?? [], keysB[i] ?? [])
    if (order !== 0) return order
  }
  return keysA.length - keysB.length
}

// A work with no author files under its title, which takes the author position.
function authorKeyList(citation: Citation): string[][] {
  const keys = authorsOf(citation).map(authorKeys)
  return keys.length ? keys : [sortTitle(citation).split(' ')]
}

function sortYear(citation: Citation): number {
  return Number.isInteger(citation.year) ? (citation.year as number) : Number.MIN_SAFE_INTEGER
}

function sortTitle(citation: Citation): string {
  return clean(citation.title).replace(/^(?:a|an|the)\s+/i, '')
}
