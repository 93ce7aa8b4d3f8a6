import { disambiguate, type CitationLabels } from './disambiguate'
import { doiUrl, normalizeDoi } from './doi'
import { authorDate, dateWithLocator, shortAuthors } from './in-text'
import { referenceSegments } from './reference-entry'
import { sortCitations } from './sort'
import type { Bibliography, BibliographyEntry, Citation, CiteItem, InTextCitation, InTextPart, Segment } from './types'

/** A stable HTML id for a reference-list entry: "ref-" and the document id, made safe for a fragment. */
export function citationAnchor(id: string): string {
  return `ref-${id.replace(/[^A-Za-z0-9_-]/g, '-')}`
}

export function segmentsText(segments: Segment[]): string {
  return segments.map(segment => segment.text).join('')
}

/** One plain-text APA line, without the context of a list (so without a/b year suffixes). */
export function formatReferenceText(citation: Citation): string {
  return segmentsText(referenceSegments(citation))
}

/**
 * The reference list of a post, de-duplicated by id and in APA 7 order, and the in-text citations that
 * point into it: year suffixes and disambiguations are decided once, for the whole list.
 */
export function createBibliography(citations: Citation[]): Bibliography {
  const byId = new Map<string, Citation>()
  for (const citation of citations) if (!byId.has(citation.id)) byId.set(citation.id, citation)
  const sorted = sortCitations([...byId.values()])
  const labels = disambiguate(sorted)
  const position = new Map(sorted.map((citation, i) => [citation.id, i]))
  const entries = sorted.map(citation => toEntry(citation, labelsOf(labels, citation)))

  function cite(items: CiteItem[]): InTextCitation | null {
    const known = items
      .flatMap(item => {
        const citation = byId.get(item.id)
        return citation ? [{ citation, locator: item.locator }] : []
      })
      .filter((item, i, all) => all.findIndex(o => o.citation === item.citation && o.locator === item.locator) === i)
      .sort((a, b) => (position.get(a.citation.id) ?? 0) - (position.get(b.citation.id) ?? 0))
    if (known.length === 0) return null
    // A narrative citation names the authors in the sentence ("Domino and Warner (2010)"): only dates here.
    const narrative = items.every(item => item.narrative)
    const parts: InTextPart[] = []
    let previousAuthor: string | null = null
    for (const { citation, locator } of known) {
      const { yearLabel, namesShown, withInitials } = labelsOf(labels, citation)
      const author = shortAuthors(citation, namesShown, withInitials)
      const date = dateWithLocator(yearLabel, locator)
      const text = authorDate(author, date)
      // §8.12: works by the same authors are named once, their dates joined by commas.
      const sameAuthor = author === previousAuthor
      const delimiter = parts.length === 0 ? '' : sameAuthor ? ', ' : '; '
      parts.push({
        id: citation.id,
        anchor: citationAnchor(citation.id),
        text,
        display: sameAuthor || narrative ? date : text,
        delimiter: narrative && parts.length > 0 ? ', ' : delimiter,
      })
      previousAuthor = author
    }
    return { text: `(${parts.map(part => part.delimiter + part.display).join('')})`, parts }
  }

  return { entries, cite }
}

function toEntry(citation: Citation, labels: CitationLabels): BibliographyEntry {
  const segments = referenceSegments(citation, labels.yearLabel)
  return {
    id: citation.id,
    anchor: citationAnchor(citation.id),
    segments,
    text: segmentsText(segments),
    doiUrl: doiUrl(normalizeDoi(citation.doi)),
  }
}

function labelsOf(labels: Map<string, CitationLabels>, citation: Citation): CitationLabels {
  return labels.get(citation.id) ?? { yearLabel: 'n.d.', namesShown: 1, withInitials: false }
}
